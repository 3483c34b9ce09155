import { z } from 'zod';
import { formatDateId } from '../../../shared/dates';
import { exchangeRateInput, type ExchangeRate } from '../../../shared/domain/orders';
import { currencyField } from '../../../shared/domain/catalogue';
import type { CallContext } from '../platform/app';
import { listRates } from '../orders/rate-queries';
import { excelDate } from '../platform/workbook/style';
import { implausibleRate, writeRate } from './rates';
import { asText } from '../platform/import/cells';
import { ROW_NUMBER, type ColumnSpec } from '../platform/import/headers';
import { defineKind, eachRowAlone, type KindDef, type KindHandle, type StoredProblem } from '../platform/import/kind';
import type { ParsedRow } from '../platform/import/rows';
import { numberCell, readCurrency, required } from '../platform/import/readers';
import { CURRENCY_HEADER_WORDS } from '../platform/import/columns';
import { currencyInTitles, perUnit, readRateDate } from './rate-import-readers';

const c = (key: string, field: string | null, synonyms: string[], isRequired = false): ColumnSpec => ({
  key, field, label: `rates.columns.${key}`, required: isRequired, synonyms,
});

/**
 * `date, currency, rate` is the contract; `unit`, `sell` and `buy` read Bank Indonesia's "Kurs
 * Transaksi BI" download (Nilai, Kurs Jual, Kurs Beli, Tanggal), whose currency may stand above the table.
 */
export const RATE_COLUMNS: ColumnSpec[] = [
  ROW_NUMBER,
  c('date', 'validOn', ['tanggal', 'tgl', 'tanggalkurs', 'date', 'validon', 'berlaku', 'tanggalberlaku', 'per'], true),
  c('currency', 'currency', [...CURRENCY_HEADER_WORDS, 'kodematauang', 'currencycode']),
  c('rate', 'idrPerUnit', ['kurs', 'kurstengah', 'nilaitukar', 'rate', 'idrperunit', 'middlerate', 'kursrupiah', 'rupiahper1unit']),
  c('unit', 'unit', ['nilai', 'unit', 'perunit', 'satuankurs']),
  c('sell', 'sell', ['kursjual', 'jual', 'sellingrate', 'selling', 'sell']),
  c('buy', 'buy', ['kursbeli', 'beli', 'buyingrate', 'buying', 'buy']),
  c('source', 'source', ['sumber', 'source', 'keterangan', 'sumberkurs']),
];

/** A row's rate: its currency (the table's own, else the one above it) and rupiah per one unit. */
const rateRow = exchangeRateInput.extend({
  currency: z.string({ error: 'rates.invalid.noCurrency' }).pipe(currencyField).refine((code) => code !== 'IDR', { error: 'rates.invalid.rupiah' }),
  idrPerUnit: z.number({ error: 'rates.invalid.halfQuote' }).pipe(exchangeRateInput.shape.idrPerUnit),
});

/** The middle rate of a bank's quote, per one unit (JPY is quoted per 100). */
function prepareRate(titleCurrency: string | null, biSource: string) {
  return (input: Record<string, unknown>): Record<string, unknown> => {
    const unit = typeof input.unit === 'number' && input.unit !== 0 ? input.unit : 1;
    const { sell, buy } = input;
    let idrPerUnit = input.idrPerUnit;
    let source = input.source ?? null;
    if (typeof idrPerUnit === 'number') {
      idrPerUnit = perUnit(idrPerUnit, unit);
    } else if (idrPerUnit === null || idrPerUnit === undefined) {
      if (typeof sell === 'number' && typeof buy === 'number') {
        idrPerUnit = perUnit((sell + buy) / 2, unit);
        source = source ?? biSource;
      } else {
        idrPerUnit = undefined;
      }
    }
    return { currency: input.currency ?? titleCurrency ?? undefined, validOn: input.validOn, idrPerUnit, source };
  };
}

/** A future day and a rate no market ever quoted (Rp 1 or Rp 10 juta per dollar) are refused. */
function storedRateProblems(ctx: CallContext, rows: ParsedRow<ExchangeRate>[]): StoredProblem[] {
  const today = ctx.app.today();
  return rows.flatMap((row): StoredProblem[] => {
    const rate = row.values;
    if (rate === null) return [];
    if (rate.validOn > today) return [{ row: row.row, key: 'date', message: ctx.t('rates.invalid.future', { date: formatDateId(rate.validOn) }) }];
    const implausible = implausibleRate(ctx, rate.currency, rate.idrPerUnit);
    if (!implausible) return [];
    return [{ row: row.row, key: row.text.rate !== null && row.text.rate !== undefined ? 'rate' : 'sell', message: implausible }];
  });
}

function rateDef(titleCurrency: string | null): KindDef<ExchangeRate, ExchangeRate, ExchangeRate> {
  return {
    kind: 'rates',
    specs: RATE_COLUMNS,
    fileWord: 'kurs',
    rules: (ctx) => ({
      specs: RATE_COLUMNS,
      identityKeys: ['date', 'currency'],
      readers: {
        date: required(readRateDate), currency: readCurrency, rate: numberCell('none'), unit: numberCell('none'),
        sell: numberCell('none'), buy: numberCell('none'), source: asText,
      },
      prepare: prepareRate(titleCurrency, ctx.t('rates.biSource')),
      schema: rateRow,
      display: (rate) => ({ date: formatDateId(rate.validOn), currency: rate.currency, rate: rate.idrPerUnit, source: rate.source }),
      duplicateMessage: (identity, row, t) => t('rates.invalid.duplicate', { value: identity, row }),
    }),
    assemble: eachRowAlone,
    stored: (ctx, rows) => storedRateProblems(ctx, rows),
    write: (ctx, values) => writeRate(ctx, values),
    exporter: {
      rows: (ctx) => listRates(ctx.app.db, null).sort((a, b) => a.validOn.localeCompare(b.validOn) || a.currency.localeCompare(b.currency)),
      frozenColumns: 2,
      columns: ({ t }) => {
        const h = (key: string) => t(`rates.columns.${key}`);
        return [
          { key: 'row_number', header: t('imports.rowNumber'), width: 6, kind: 'index', value: (_r, i) => i + 1 },
          { key: 'date', header: h('date'), width: 12, kind: 'date', value: (r) => excelDate(r.validOn) },
          { key: 'currency', header: h('currency'), width: 10, kind: 'text', value: (r) => r.currency },
          { key: 'rate', header: h('rate'), width: 18, kind: 'decimal', value: (r) => r.idrPerUnit, numFmt: () => '#,##0.00##' },
          { key: 'source', header: h('source'), width: 32, kind: 'text', value: (r) => r.source },
        ];
      },
      // Currency and rate are needed too, though a bank's download brings them as other columns or above the table.
      instruction: ({ t }, row) => t('rates.instruction', { row, required: ['date', 'currency', 'rate'].map((key) => t(`rates.columns.${key}`)).join(', ') }),
    },
  };
}

const anyTable = defineKind(rateDef(null));

/** Daily rates: `date, currency, rate`, or Bank Indonesia's download taken at its middle rate. */
export const rateKind: KindHandle = {
  ...anyTable,
  reader: (ctx, header) => defineKind(rateDef(currencyInTitles(header.titles ?? []))).reader(ctx, header),
};
