import type { ImportKind } from '../../../../shared/api/files';
import { CURRENCIES, fromMinor, minorDigits, toMinor, type Currency } from '../../../../shared/money';
import type { Translate } from '../../../../shared/i18n';
import { moneyFormat, type SheetColumn } from '../workbook/style';
import type { ColumnSpec } from './headers';
import type { StoredProblem } from './kind';
import type { ParsedRow } from './rows';

/** Pieces the supply-chain kinds share: column specs, money, stored-code checks. */

/** A column of a kind, labelled `imports.columns.<kind>.<key>`. */
export function column(kind: ImportKind, key: string, field: string | null, synonyms: string[], required = false): ColumnSpec {
  return { key, field, label: `imports.columns.${kind}.${key}`, required, synonyms };
}

// Header words for the codes several lists carry, already folded.
export const SKU_WORDS = ['sku', 'kodeproduk', 'kodebarang', 'kodeartikel', 'artikel', 'noartikel', 'itemcode', 'productcode', 'article'];
export const MATERIAL_CODE_WORDS = ['kodebahan', 'kodematerial', 'kodebahanbaku', 'materialcode', 'kodebb'];
export const CURRENCY_HEADER_WORDS = ['matauang', 'valuta', 'currency', 'curr', 'mu', 'valas'];
export const UOM_HEADER_WORDS = ['satuan', 'uom', 'sat', 'unitofmeasure'];

export function isCurrency(value: unknown): value is Currency {
  return typeof value === 'string' && (CURRENCIES as readonly string[]).includes(value);
}

/**
 * Sheets hold money in major units (Rp 50.000, USD 12,50); the record holds the currency's minor
 * unit. With an unknown currency the amount is only rounded: the currency's own error is the one
 * the user needs to see.
 */
export function amountToMinor(amount: unknown, currency: unknown): unknown {
  if (typeof amount !== 'number') return amount;
  return isCurrency(currency) ? toMinor(amount, currency) : Math.round(amount);
}

/** A money column: major units as a real number, with decimals only where the currency has them. */
export function moneyColumn<E>(
  header: string, key: string, width: number, money: (row: E) => { minor: number; currency: Currency },
): SheetColumn<E> {
  return {
    key, header, width, kind: 'money',
    value: (row) => {
      const { minor, currency } = money(row);
      return isCurrency(currency) ? fromMinor(minor, currency) : minor;
    },
    numFmt: (row) => {
      const { currency } = money(row);
      return moneyFormat(isCurrency(currency) ? minorDigits(currency) : 0);
    },
  };
}

/** The labels of the columns a template must fill, for its instruction line. */
export function requiredLabels(t: Translate, specs: ColumnSpec[]): string {
  return specs.filter((spec) => spec.required).map((spec) => t(spec.label)).join(', ');
}

/** A code the file brings that the database already holds: "nomor … sudah terdaftar". */
export function storedDuplicates<V>(t: Translate, rows: ParsedRow<V>[], key: string, inUse: Set<string>): StoredProblem[] {
  return rows.flatMap((row) => {
    const code = row.text[key];
    return code && inUse.has(code.toUpperCase()) ? [{ row: row.row, key, message: t('invalid.duplicateStored', { value: code }) }] : [];
  });
}

/** A code the file names that the database does not hold (an unknown product, buyer, material). */
export function unknownCodes<V>(t: Translate, rows: ParsedRow<V>[], key: string, known: Set<string>, message: string): StoredProblem[] {
  return rows.flatMap((row) => {
    const code = row.text[key];
    return code && !known.has(code.toUpperCase()) ? [{ row: row.row, key, message: t(message, { value: code }) }] : [];
  });
}
