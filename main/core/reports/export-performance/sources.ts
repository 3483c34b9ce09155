import { shiftMonth, type ExportMonthSource, type ExportShipmentWithoutFob, type ReportPeriod } from '../../../../shared/api/exports';
import { formatMoney, usdFromCents } from '../../../../shared/money';
import type { CallContext } from '../../platform/app';
import { monthLabel } from '../../../../shared/month-labels';

/**
 * The notes every export report prints about its months' sources, in the caller's language: a
 * month with both sources and no choice ("dua sumber", the shipments counted), a month counted
 * from a chosen source (and what was left out), a cut month whose history cannot be cut.
 */
export function monthSourceNotes(ctx: CallContext, sources: ExportMonthSource[], period?: ReportPeriod): string[] {
  const usd = (cents: number | null) => formatMoney(cents ?? 0, 'USD', ctx.locale);
  const words = (source: 'history' | 'shipments') => ctx.t(`exports.source.${source}`);
  const notes = sources
    .filter((month) => month.twoSources)
    .map((month) => {
      const label = monthLabel(ctx, month.month);
      if (!month.chosen) return ctx.t('exports.source.flagged', { month: label, shipments: usd(month.shipmentsUsdCents), history: usd(month.historyUsdCents) });
      const kept = month.source ?? 'history';
      const other = kept === 'history' ? 'shipments' : 'history';
      return ctx.t('exports.source.chosen', {
        month: label, source: words(kept), counted: usd(kept === 'history' ? month.historyUsdCents : month.shipmentsUsdCents),
        by: month.chosen.by, at: month.chosen.at.slice(0, 10), other: words(other), otherUsd: usd(other === 'history' ? month.historyUsdCents : month.shipmentsUsdCents),
      });
    });
  const partial = period?.partialMonth;
  if (partial) {
    const earlier = shiftMonth(partial.month, -12);
    const cut = sources.find((month) => month.month === earlier && month.source === null);
    if (cut) notes.push(ctx.t('exports.source.historyCut', { month: monthLabel(ctx, earlier), day: partial.throughDay }));
  }
  return notes;
}

/** The month sources as the CLI's `--json` gives them: `{"month":"2026-03","source":"shipments","history_usd":100,"shipments_usd":126716.1,"two_sources":true,"chosen":null}`. */
export function monthSourcesJson(sources: ExportMonthSource[]): Record<string, unknown>[] {
  return sources.map((month) => ({
    month: month.month, source: month.source, history_usd: usdFromCents(month.historyUsdCents), shipments_usd: usdFromCents(month.shipmentsUsdCents),
    two_sources: month.twoSources, chosen: month.chosen,
  }));
}

/** The shipments export totals leave out, as the CLI's `--json` gives them: `{"shipment_no":"EXP-2026-0015","month":"2026-10","missing":["inlandCost"]}`. */
export function withoutFobJson(shipments: ExportShipmentWithoutFob[]): Record<string, unknown>[] {
  return shipments.map((shipment) => ({ shipment_no: shipment.shipmentNo, month: shipment.month, missing: shipment.gaps }));
}
