import { fobUnknownText, type ShipmentReportLine, type ShipmentsCountryLine, type ShipmentsMonthLine } from '../../../../shared/api/report-shipments';
import { COUNTRIES } from '../../../../shared/countries';
import { CURRENCIES, fromMinor, minorDigits } from '../../../../shared/money';
import type { CallContext } from '../../platform/app';
import type { ShipmentReportDetail } from './queries';
import { excelDate, moneyFormat, type SheetColumn } from '../../platform/workbook/style';
import { containerText } from '../../shipments/shipment-import-cells';
import { PERCENT } from '../export-performance/sheet';

/**
 * The columns of the shipments report's tables. Money as real numbers: the order currency in its
 * own format (rupiah and yen without decimals), USD with cents, rupiah whole; m³ to three decimals.
 */

export const M3 = '#,##0.000';
const RUPIAH = '#,##0';

function currencyOf(code: string) {
  return CURRENCIES.find((currency) => currency === code) ?? 'USD';
}

function rowNumber<T>(ctx: CallContext): SheetColumn<T> {
  return { key: 'row_number', header: ctx.t('imports.rowNumber'), width: 6, kind: 'index', value: (_row, i) => i + 1 };
}

function words(ctx: CallContext) {
  return (key: string) => ctx.t(`reportShipments.column.${key}`);
}

function countryName(ctx: CallContext, code: string): string {
  return COUNTRIES[code]?.[ctx.locale] ?? code;
}

/** USD cents to dollars; unknown stays an empty cell. */
function usd(cents: number | null): number | null {
  return cents === null ? null : cents / 100;
}

/**
 * A sum of FOB values only where one of them is known: SUBTOTAL over empty cells would cache a 0
 * for a total that is unknown.
 */
function sumIfKnown(known: boolean): 'sum' | undefined {
  return known ? 'sum' : undefined;
}

/**
 * `known` says which FOB totals have at least one known value. A shipment whose FOB is unknown has
 * its FOB cells empty (never 0, so SUBTOTAL leaves it out) and its remark names what it lacks.
 */
export function shipmentColumns(ctx: CallContext, known: { fobUsd: boolean; fobIdr: boolean } = { fobUsd: true, fobIdr: true }): SheetColumn<ShipmentReportLine>[] {
  const w = words(ctx);
  return [
    rowNumber(ctx),
    { key: 'shipmentNo', header: w('shipmentNo'), width: 16, kind: 'text', value: (s) => s.shipmentNo, total: 'count' },
    { key: 'buyerCode', header: w('buyerCode'), width: 11, kind: 'text', value: (s) => s.buyerCode },
    { key: 'buyer', header: w('buyer'), width: 26, kind: 'text', value: (s) => s.buyerName },
    { key: 'country', header: w('country'), width: 16, kind: 'text', value: (s) => countryName(ctx, s.country) },
    { key: 'etd', header: w('etd'), width: 11, kind: 'date', value: (s) => excelDate(s.etd) },
    { key: 'pebNo', header: w('pebNo'), width: 10, kind: 'text', value: (s) => s.pebNo },
    { key: 'pebDate', header: w('pebDate'), width: 11, kind: 'date', value: (s) => excelDate(s.pebDate) },
    { key: 'container', header: w('container'), width: 10, kind: 'text', value: (s) => containerText(s.containerType, s.containerCount) },
    { key: 'cartons', header: w('cartons'), width: 9, kind: 'number', value: (s) => s.cartons, total: 'sum' },
    { key: 'm3', header: w('m3'), width: 11, kind: 'decimal', value: (s) => s.volumeM3, numFmt: () => M3, total: 'sum' },
    { key: 'grossKg', header: w('grossKg'), width: 12, kind: 'decimal', value: (s) => s.grossKg, total: 'sum' },
    { key: 'currency', header: w('currency'), width: 7, kind: 'text', value: (s) => s.currency },
    {
      key: 'fobValue', header: w('fobValue'), width: 15, kind: 'money',
      value: (s) => (s.fobValue === null ? null : fromMinor(s.fobValue, currencyOf(s.currency))), numFmt: (s) => moneyFormat(minorDigits(currencyOf(s.currency))),
    },
    { key: 'fobUsd', header: w('fobUsd'), width: 14, kind: 'money', value: (s) => usd(s.fobUsdCents), total: sumIfKnown(known.fobUsd) },
    { key: 'fobIdr', header: w('fobIdr'), width: 17, kind: 'number', value: (s) => s.fobIdr, numFmt: () => RUPIAH, total: sumIfKnown(known.fobIdr) },
    { key: 'status', header: w('status'), width: 11, kind: 'text', value: (s) => ctx.t(`shipments.status.${s.status}`) },
    { key: 'remark', header: w('remark'), width: 30, kind: 'text', value: (s) => (s.fobGaps.length > 0 ? fobUnknownText(ctx.t, s.fobGaps) : null) },
  ];
}

/** Share of FOB as a live formula over the FOB column of the data rows (`range`), carrying its result. */
export function countryColumns(ctx: CallContext, fobRange: string, totalUsd: number | null): SheetColumn<ShipmentsCountryLine>[] {
  const w = words(ctx);
  return [
    rowNumber(ctx),
    { key: 'code', header: w('countryCode'), width: 7, kind: 'text', value: (c) => c.country },
    { key: 'country', header: w('country'), width: 22, kind: 'text', value: (c) => c.label },
    { key: 'shipments', header: w('shipments'), width: 12, kind: 'number', value: (c) => c.shipments, total: 'sum' },
    { key: 'cartons', header: w('cartons'), width: 10, kind: 'number', value: (c) => c.cartons, total: 'sum' },
    { key: 'm3', header: w('m3'), width: 12, kind: 'decimal', value: (c) => c.volumeM3, numFmt: () => M3, total: 'sum' },
    { key: 'fobUsd', header: w('fobUsd'), width: 16, kind: 'money', value: (c) => usd(c.fobUsdCents), total: sumIfKnown(totalUsd !== null) },
    {
      key: 'share', header: w('share'), width: 11, kind: 'decimal', numFmt: () => PERCENT,
      value: (c) => (totalUsd === null || totalUsd === 0 || c.fobUsdCents === null ? null : c.fobUsdCents / totalUsd),
      formula: (cellOf) => `IF(SUM(${fobRange})=0,"",${cellOf('fobUsd')}/SUM(${fobRange}))`,
    },
  ];
}

/** A month without a shipment that left is blank with "no data", not a row of zeros. */
/** `riwayat ekspor` for a month counted from history, `dua sumber` for one with both and no choice. */
function sourceWord(ctx: CallContext, m: ShipmentsMonthLine): string | null {
  const source = m.source;
  if (!source || source.source === null) return null;
  if (source.twoSources && !source.chosen) return ctx.t('exports.source.twoSources');
  return source.source === 'history' ? ctx.t('exports.source.history') : null;
}

/** A month's remark: no data, its shipments left out of the FOB sums, its source. */
function monthRemark(ctx: CallContext, m: ShipmentsMonthLine, missing: Set<string>): string | null {
  if (missing.has(m.month)) return ctx.t('reportShipments.noData');
  const parts = [m.withoutFob > 0 ? ctx.t('reportShipments.withoutFobShort', { count: m.withoutFob }) : null, sourceWord(ctx, m)];
  return parts.filter((part): part is string => part !== null).join('; ') || null;
}

/** `totals` says which FOB totals have at least one known value. */
export function monthColumns(ctx: CallContext, missing: Set<string>, totals: { fobUsd: boolean; fobIdr: boolean }): SheetColumn<ShipmentsMonthLine>[] {
  const w = words(ctx);
  const known = (m: ShipmentsMonthLine, value: number) => (missing.has(m.month) ? null : value);
  return [
    rowNumber(ctx),
    { key: 'month', header: w('month'), width: 18, kind: 'text', value: (m) => m.label },
    { key: 'shipments', header: w('shipments'), width: 12, kind: 'number', value: (m) => known(m, m.shipments), total: 'sum' },
    { key: 'cartons', header: w('cartons'), width: 10, kind: 'number', value: (m) => known(m, m.cartons), total: 'sum' },
    { key: 'm3', header: w('m3'), width: 12, kind: 'decimal', value: (m) => known(m, m.volumeM3), numFmt: () => M3, total: 'sum' },
    { key: 'fobUsd', header: w('fobUsd'), width: 16, kind: 'money', value: (m) => usd(m.fobUsdCents), total: sumIfKnown(totals.fobUsd) },
    { key: 'fobIdr', header: w('fobIdr'), width: 19, kind: 'number', value: (m) => m.fobIdr, numFmt: () => RUPIAH, total: sumIfKnown(totals.fobIdr) },
    // The month's exports as every report counts them (export performance's figure): from history where the month keeps it.
    {
      key: 'countedUsd', header: ctx.t('exports.source.countedColumn'), width: 18, kind: 'money',
      value: (m) => (m.countedUsdCents === null ? null : m.countedUsdCents / 100), total: 'sum',
    },
    { key: 'remark', header: w('remark'), width: 22, kind: 'text', value: (m) => monthRemark(ctx, m, missing) },
  ];
}

/** `knownUsd`: some line's FOB share is known (else its column has no total, rather than a 0). */
export function lineColumns(ctx: CallContext, knownUsd = true): SheetColumn<ShipmentReportDetail>[] {
  const w = words(ctx);
  return [
    rowNumber(ctx),
    { key: 'shipmentNo', header: w('shipmentNo'), width: 16, kind: 'text', value: (l) => l.shipmentNo },
    { key: 'date', header: w('date'), width: 11, kind: 'date', value: (l) => excelDate(l.date) },
    { key: 'buyerCode', header: w('buyerCode'), width: 11, kind: 'text', value: (l) => l.buyerCode },
    { key: 'country', header: w('countryCode'), width: 7, kind: 'text', value: (l) => l.country },
    { key: 'orderNo', header: w('orderNo'), width: 15, kind: 'text', value: (l) => l.orderNo },
    { key: 'sku', header: w('sku'), width: 10, kind: 'text', value: (l) => l.sku },
    { key: 'product', header: w('product'), width: 26, kind: 'text', value: (l) => l.productName },
    { key: 'hsCode', header: w('hsCode'), width: 11, kind: 'text', value: (l) => l.hsCode },
    { key: 'qty', header: w('qty'), width: 9, kind: 'number', value: (l) => l.qty, total: 'sum' },
    { key: 'cartons', header: w('cartons'), width: 8, kind: 'number', value: (l) => l.cartons, total: 'sum' },
    { key: 'netKg', header: w('netKg'), width: 11, kind: 'decimal', value: (l) => l.netKg, total: 'sum' },
    { key: 'grossKg', header: w('grossKg'), width: 11, kind: 'decimal', value: (l) => l.grossKg, total: 'sum' },
    { key: 'm3', header: w('m3'), width: 10, kind: 'decimal', value: (l) => l.volumeM3, numFmt: () => M3, total: 'sum' },
    { key: 'currency', header: w('currency'), width: 7, kind: 'text', value: (l) => l.currency },
    {
      key: 'amount', header: w('amount'), width: 15, kind: 'money',
      value: (l) => fromMinor(l.amountMinor, currencyOf(l.currency)), numFmt: (l) => moneyFormat(minorDigits(currencyOf(l.currency))),
    },
    { key: 'fobUsd', header: w('fobUsd'), width: 13, kind: 'money', value: (l) => usd(l.fobUsdCents), total: sumIfKnown(knownUsd) },
  ];
}
