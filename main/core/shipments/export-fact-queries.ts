import { monthsOf, type ExportMonthSource, type MonthSource, type PartialMonth } from '../../../shared/api/exports';
import { usdCents, type UsdCents } from '../../../shared/money';
import type { Db } from '../platform/db/connection';
import { monthSourceChoices } from './export-month-source-queries';
import { LINE_FOB_USD, shipmentExportFacts, shipmentsWithoutFob, type ShipmentFact } from './shipment-fact-queries';

/**
 * Export facts: what left the centre, by month, destination, product category and HS code, in
 * USD cents. Every report, the dashboard and the roadmap read exports through this module only.
 *
 * Two sources: shipments that left (shipped or closed) recorded in the app, and the export history
 * typed or imported for the time before. A month is counted from ONE source, so nothing counts
 * twice: a month with only one source counts it; a month with both counts the source a person
 * chose for it (export_month_source, migration 014), and until somebody chooses, the shipments —
 * the app's own itemised records, which one history row must not silently replace — with the
 * month flagged "dua sumber" (`twoSources` and no `chosen`) in every report.
 *
 * A cut month (`PartialMonth`: the same days a year earlier as a period's month under way) counts
 * shipments through its day; history is kept by whole month and cannot be cut, so a cut month
 * counted from history is unknown (no facts, not a known month).
 */
export interface ExportFact {
  /** `YYYY-MM`. */
  month: string;
  country: string;
  category: string;
  hsCode: string;
  fobUsdCents: UsdCents;
  source: 'history' | 'shipment';
}

function ym(month: string): { year: number; month: number } {
  return { year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)) };
}

function historyFacts(db: Db, from: string, to: string): ShipmentFact[] {
  const start = ym(from);
  const end = ym(to);
  return db
    .prepare(
      `SELECT printf('%04d-%02d', year, month) AS month, country, category_code AS category, hs_code AS hsCode, SUM(fob_usd_cents) AS fobUsdCents
       FROM export_history
       WHERE removed_at IS NULL AND (year, month) >= (@fromYear, @fromMonth) AND (year, month) <= (@toYear, @toMonth)
       GROUP BY year, month, country, category_code, hs_code`,
    )
    .all({ fromYear: start.year, fromMonth: start.month, toYear: end.year, toMonth: end.month }) as ShipmentFact[];
}

/** A cut month's shipments through its day, split over lines as shipments-facts.ts splits them. */
function shipmentFactsThrough(db: Db, cut: PartialMonth): ShipmentFact[] {
  const last = `${cut.month}-${String(cut.throughDay).padStart(2, '0')}`;
  return db
    .prepare(
      `SELECT substr(COALESCE(s.peb_date, s.etd), 1, 7) AS month, s.country, p.category_code AS category, p.hs_code AS hsCode,
              CAST(ROUND(SUM(${LINE_FOB_USD})) AS INTEGER) AS fobUsdCents
       FROM shipment s JOIN shipment_line sl ON sl.shipment_id = s.id JOIN order_line l ON l.id = sl.order_line_id
       JOIN product p ON p.id = l.product_id
       WHERE s.status IN ('shipped', 'closed') AND substr(COALESCE(s.peb_date, s.etd), 1, 7) = @month
         AND substr(COALESCE(s.peb_date, s.etd), 1, 10) <= @last AND s.fob_usd_cents IS NOT NULL
       GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    )
    .all({ month: cut.month, last }) as ShipmentFact[];
}

function sumByMonth(facts: ShipmentFact[]): Map<string, UsdCents> {
  const sums = new Map<string, UsdCents>();
  for (const fact of facts) sums.set(fact.month, usdCents((sums.get(fact.month) ?? 0) + fact.fobUsdCents));
  return sums;
}

interface Ledger {
  history: ShipmentFact[];
  shipments: ShipmentFact[];
  sources: ExportMonthSource[];
}

/** Both sources of `from`…`to` and, per month with any figure, the source it counts. */
function ledger(db: Db, from: string, to: string, cut?: PartialMonth | null): Ledger {
  const history = historyFacts(db, from, to);
  const inRange = cut && cut.month >= from && cut.month <= to ? cut : null;
  const whole = shipmentExportFacts(db, from, to).filter((fact) => fact.month !== inRange?.month);
  const shipments = inRange ? [...whole, ...shipmentFactsThrough(db, inRange)] : whole;
  const historyUsdCents = sumByMonth(history);
  const shipmentsUsdCents = sumByMonth(shipments);
  const choices = monthSourceChoices(db, from, to);
  const sources = monthsOf(from, to).flatMap((month): ExportMonthSource[] => {
    const h = historyUsdCents.get(month) ?? null;
    const s = shipmentsUsdCents.get(month) ?? null;
    if (h === null && s === null) return [];
    const choice = choices.get(month);
    const twoSources = h !== null && s !== null;
    let source: MonthSource | null = twoSources ? (choice?.source ?? 'shipments') : h !== null ? 'history' : 'shipments';
    if (source === 'history' && month === inRange?.month) source = null;
    const chosen = twoSources && choice ? { by: choice.chosenBy, at: choice.chosenAt } : null;
    return [{ month, source, historyUsdCents: h, shipmentsUsdCents: s, twoSources, chosen }];
  });
  return { history, shipments, sources };
}

/** Every month of `from`…`to` with a figure from either source: its source and both figures. */
export function exportMonthSources(db: Db, from: string, to: string, cut?: PartialMonth | null): ExportMonthSource[] {
  return ledger(db, from, to, cut).sources;
}

/** Facts of the months from `from` to `to` (`YYYY-MM`, both included), one line per month × country × category × HS code. */
export function exportFacts(db: Db, from: string, to: string, cut?: PartialMonth | null): ExportFact[] {
  const { history, shipments, sources } = ledger(db, from, to, cut);
  const sourceOf = new Map(sources.map((month) => [month.month, month.source]));
  return [
    ...history.filter((fact) => sourceOf.get(fact.month) === 'history').map((fact) => ({ ...fact, source: 'history' as const })),
    ...shipments.filter((fact) => sourceOf.get(fact.month) === 'shipments').map((fact) => ({ ...fact, source: 'shipment' as const })),
  ];
}

/**
 * The months of `from`…`to` whose exports are known — the one definition of "months with export
 * data" every report uses: those with history rows, and every month from the first shipment that
 * left up to `thisMonth`. Once the centre ships through the app, a month without a shipment shipped
 * nothing: a zero, not a gap. Before that, or without history, a month with no fact is unknown and
 * the reports say so. A cut month counted from history is unknown (see above), and so is a month
 * whose shipments all left with their FOB unknown (shipmentsWithoutFob names them).
 */
export function knownExportMonths(db: Db, from: string, to: string, thisMonth: string, cut?: PartialMonth | null): Set<string> {
  const known = new Set<string>();
  const sources = exportMonthSources(db, from, to, cut);
  for (const month of sources) if (month.source === 'history') known.add(month.month);
  const historyCut = cut ? exportMonthSources(db, cut.month, cut.month, cut).some((month) => month.source === null) : false;
  // A whole month whose shipments all left with their FOB unknown (and no history) has no figure: unknown, not a zero.
  const withFigure = new Set(sources.map((month) => month.month));
  const unvalued = new Set(shipmentsWithoutFob(db, from, to).map((shipment) => shipment.month).filter((month) => month !== cut?.month && !withFigure.has(month)));
  for (const month of shippingMonths(db, from, to, thisMonth)) if (!(historyCut && month === cut?.month) && !unvalued.has(month)) known.add(month);
  return known;
}

/**
 * The months of `from`…`to` in which the centre ships through the app: from the month of its first
 * shipment that left (by PEB date, else ETD) up to `thisMonth`. Empty before any shipment left.
 */
export function shippingMonths(db: Db, from: string, to: string, thisMonth: string): string[] {
  const first = db
    .prepare(`SELECT MIN(substr(COALESCE(peb_date, etd), 1, 7)) AS month FROM shipment WHERE status IN ('shipped', 'closed')`)
    .get() as { month: string | null };
  if (!first.month) return [];
  const last = to < thisMonth ? to : thisMonth;
  return first.month > last ? [] : monthsOf(first.month > from ? first.month : from, last);
}
