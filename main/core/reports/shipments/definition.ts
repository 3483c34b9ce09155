import { withoutFobText, type ShipmentsReport } from '../../../../shared/api/report-shipments';
import { formatMoney, usdFromCents } from '../../../../shared/money';
import type { ReportDefinition } from '../definition';
import { monthSourceNotes, monthSourcesJson } from '../export-performance/sources';
import { periodJson } from '../headline';
import { shipmentsReport } from './report';
import { shipmentsWorkbookTo } from './workbook';

/** Laporan Pengapalan: the shipments that left in the period; the goods line by line are streamed into the workbook. */
export const shipmentsDefinition: ReportDefinition<ShipmentsReport> = {
  name: 'shipments',
  compute: shipmentsReport,
  headline(ctx, report) {
    const { totals, pending, period } = report;
    // export_usd is the period's counted exports (export performance's current_usd); fob_usd sums the shipments listed whose FOB is
    // known (null when none is), without_fob names those it leaves out.
    const json = {
      shipments: totals.shipments, cartons: totals.cartons, volume_m3: totals.volumeM3, fob_usd: usdFromCents(totals.fobUsdCents),
      fob_idr: totals.fobIdr, countries: totals.countries, booked: pending.booked, draft: pending.draft,
      without_fob: report.withoutFob.map((s) => ({
        shipment_no: s.shipmentNo, month: s.month, missing: s.gaps, left_out_of: s.leftOutOf.map((sum) => (sum === 'fobUsdCents' ? 'fob_usd' : 'fob_idr')),
      })),
      ...periodJson(period), export_usd: usdFromCents(report.exports.usdCents), months_with_data: report.exports.monthsWithData, missing_months: report.missingMonths,
      by_month: report.byMonth.map((line) => ({ month: line.month, fob_usd: usdFromCents(line.fobUsdCents), export_usd: usdFromCents(line.countedUsdCents), source: line.source?.source ?? null })),
      month_sources: monthSourcesJson(report.exports.monthSources),
    };
    const money = (value: number | null, currency: 'USD' | 'IDR') => (value === null ? ctx.t('reportShipments.noData') : formatMoney(value, currency, ctx.locale));
    const text = [
      `${period.from}…${period.to}: ${totals.shipments} · ${money(totals.fobUsdCents, 'USD')} · ${money(totals.fobIdr, 'IDR')}`,
      ...[withoutFobText(ctx.t, report.withoutFob)].filter((line): line is string => line !== null),
      ...monthSourceNotes(ctx, report.exports.monthSources),
    ].join('\n');
    return { json, text };
  },
  workbook: shipmentsWorkbookTo,
};
