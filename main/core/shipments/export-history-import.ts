import { exportFactInput, type ExportFactValues } from '../../../shared/api/exports';
import { COUNTRIES } from '../../../shared/countries';
import { fromMinor, toMinor } from '../../../shared/money';
import { parseNumberText, type Checked } from '../../../shared/normalize';
import type { CallContext } from '../platform/app';
import { listCategories } from '../platform/db/centre';
import { exportKey, exportKeysInUse, listExportHistory, type StoredExportRow } from './export-history-queries';
import { exportRowName, futurePeriodField, writeExportRow } from './export-history';
import type { RawCell } from '../platform/import/cells';
import { ROW_NUMBER, type ColumnSpec } from '../platform/import/headers';
import { defineKind, eachRowAlone, type StoredProblem } from '../platform/import/kind';
import { numberCell, readCountry, required } from '../platform/import/readers';
import { categoryNames, exportCategoryReader, readHistoryHsCode, readMonth, readYear } from './export-history-import-readers';
import { requiredLabels } from '../platform/import/columns';
import { monthSourceProblems } from './export-history-import-month-source';

const c = (key: string, field: string | null, synonyms: string[], isRequired = false): ColumnSpec => ({
  key, field, label: `exports.columns.${key}`, required: isRequired, synonyms,
});

/** Keys are the contract (`sentra import exports`); the synonyms are what export recaps are headed with. */
export const EXPORT_COLUMNS: ColumnSpec[] = [
  ROW_NUMBER,
  c('year', 'year', ['tahun', 'thn', 'year', 'tahunekspor'], true),
  c('month', 'month', ['bulan', 'bln', 'month', 'bulanekspor'], true),
  c('country', 'country', ['negaratujuan', 'negara', 'kodenegara', 'tujuan', 'negaratujuanekspor', 'country', 'countrycode', 'destination', 'destinationcountry'], true),
  c('country_name', null, ['namanegara', 'namanegaratujuan', 'countryname']),
  c('category', 'category', ['kategori', 'kategoriproduk', 'jenisproduk', 'jenis', 'komoditas', 'produk', 'category', 'productcategory'], true),
  c('hs_code', 'hsCode', ['kodehs', 'hs', 'hscode', 'nohs', 'postarif', 'btki', 'kodebtki', 'kodehs*', 'hscode*', 'postarif*'], true),
  c('fob_usd', 'fobUsdCents', ['nilaifobusd', 'nilaifob', 'fob', 'fobusd', 'nilaiekspor', 'nilaiusd', 'fobvalue', 'nilai', 'nilaifob*', 'fob*', 'nilaiekspor*'], true),
];

/** `USD 1.234,50`, `US$ 1,234.50`, `$1234.5` or a plain number. */
function readUsd(cell: RawCell): Checked<unknown> {
  if (typeof cell.value === 'string') {
    const parsed = parseNumberText(cell.value.replace(/^\s*(usd|us\$|\$)\s*/i, ''));
    return parsed === null ? { ok: false, key: 'invalid.notNumber' } : { ok: true, value: parsed };
  }
  return numberCell('required')(cell);
}

/** A month in the future, and a row the store already holds for the same month, country, category and HS code. */
function storedExportProblems(ctx: CallContext, rows: { row: number; values: ExportFactValues | null }[]): StoredProblem[] {
  const inUse = exportKeysInUse(ctx.app.db);
  return rows.flatMap(({ row, values }) => {
    if (values === null) return [];
    const future = futurePeriodField(ctx, values.year, values.month);
    const period = `${String(values.month).padStart(2, '0')}/${values.year}`;
    if (future) return [{ row, key: future, message: ctx.t('invalid.futurePeriod', { period }) }];
    return inUse.has(exportKey(values)) ? [{ row, key: 'hs_code', message: ctx.t('exports.invalid.stored', { value: exportRowName(values) }) }] : [];
  });
}

function byPeriod(a: StoredExportRow, b: StoredExportRow): number {
  return a.year - b.year || a.month - b.month || a.country.localeCompare(b.country) || a.category.localeCompare(b.category) || a.hsCode.localeCompare(b.hsCode);
}

/**
 * Export history, one row a month × destination × category × HS code. The same combination twice
 * (in the file or already stored) is refused, not summed: adding up is the user's decision.
 */
export const exportKind = defineKind<ExportFactValues, ExportFactValues, StoredExportRow>({
  kind: 'exports',
  specs: EXPORT_COLUMNS,
  fileWord: 'riwayat-ekspor',
  rules: (ctx) => {
    const nameOf = categoryNames(ctx);
    return {
      specs: EXPORT_COLUMNS,
      identityKeys: ['year', 'month', 'country', 'category', 'hs_code'],
      readers: {
        year: readYear,
        month: readMonth,
        country: required(readCountry),
        category: exportCategoryReader(ctx),
        hs_code: required(readHistoryHsCode),
        fob_usd: readUsd,
      },
      // The cell holds dollars (`USD 1.234,50`); they become cents before the schema sees the row.
      prepare: (input) => ({ ...input, fobUsdCents: typeof input.fobUsdCents === 'number' ? toMinor(input.fobUsdCents, 'USD') : input.fobUsdCents }),
      schema: exportFactInput,
      display: (row) => ({
        year: row.year, month: row.month, country: row.country, category: nameOf(row.category), hs_code: row.hsCode, fob_usd: fromMinor(row.fobUsdCents, 'USD'),
      }),
      duplicateMessage: (identity, firstRow, t) => {
        const [year, month, country, category, hsCode] = identity.split(' / ');
        return t('exports.invalid.duplicateInFile', { value: `${month.padStart(2, '0')}/${year} ${country} ${category} ${hsCode}`, row: firstRow });
      },
    };
  },
  assemble: eachRowAlone,
  // A month that already has shipments needs its source chosen first (exports-month-source.ts).
  stored: (ctx, rows) => [...storedExportProblems(ctx, rows), ...monthSourceProblems(ctx, rows)],
  write: (ctx, values) => void writeExportRow(ctx, values),
  exporter: {
    rows: (ctx) => listExportHistory(ctx.app.db).sort(byPeriod),
    frozenColumns: 3,
    columns: (ctx) => {
      const { t, locale } = ctx;
      const h = (key: string) => t(`exports.columns.${key}`);
      const nameOf = categoryNames(ctx);
      return [
        { key: 'row_number', header: t('imports.rowNumber'), width: 6, kind: 'index', value: (_r, i) => i + 1 },
        { key: 'year', header: h('year'), width: 8, kind: 'index', value: (r) => r.year },
        { key: 'month', header: h('month'), width: 8, kind: 'index', value: (r) => r.month },
        { key: 'country', header: h('country'), width: 10, kind: 'text', value: (r) => r.country, choices: Object.keys(COUNTRIES) },
        { key: 'country_name', header: h('country_name'), width: 20, kind: 'text', value: (r) => COUNTRIES[r.country]?.[locale] ?? r.country },
        {
          key: 'category', header: h('category'), width: 16, kind: 'text', value: (r) => nameOf(r.category),
          choices: listCategories(ctx.app.db).map((category) => (locale === 'en' ? category.nameEn : category.nameId)),
        },
        { key: 'hs_code', header: h('hs_code'), width: 14, kind: 'text', value: (r) => r.hsCode },
        { key: 'fob_usd', header: h('fob_usd'), width: 17, kind: 'money', value: (r) => fromMinor(r.fobUsdCents, 'USD'), total: 'sum' },
      ];
    },
    instruction: (ctx, row) => ctx.t('imports.instruction.exports', {
      row,
      required: requiredLabels(ctx.t, EXPORT_COLUMNS),
      categories: listCategories(ctx.app.db).map((category) => (ctx.locale === 'en' ? category.nameEn : category.nameId)).join(', '),
    }),
  },
});
