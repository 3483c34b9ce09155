import type { Db } from './connection';
import { shipmentExportFacts } from './shipments-facts';

/**
 * Export facts: what left the centre, by month, destination, product category and HS code, in
 * USD cents. Every export report reads exports through this module only.
 *
 * Two sources: shipped (and closed) shipments recorded in the app, and the export history typed
 * or imported for the time before. A month is counted from one source only, so nothing counts
 * twice: a month with export-history rows is taken from the history (the whole month as somebody
 * entered or imported it, e.g. from customs records); any other month is the shipments shipped
 * through the app.
 */
export interface ExportFact {
  /** `YYYY-MM`. */
  month: string;
  country: string;
  category: string;
  hsCode: string;
  fobUsd: number;
  source: 'history' | 'shipment';
}

interface FactRow {
  year: number;
  month: number;
  country: string;
  category: string;
  hsCode: string;
  fobUsd: number;
}

function yearMonth(month: string): { year: number; month: number } {
  return { year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)) };
}

/** Facts of the months from `from` to `to` (`YYYY-MM`, both included), one line per month × country × category × HS code. */
export function exportFacts(db: Db, from: string, to: string): ExportFact[] {
  const start = yearMonth(from);
  const end = yearMonth(to);
  const rows = db
    .prepare(
      `SELECT year, month, country, category_code AS category, hs_code AS hsCode, SUM(fob_usd_cents) AS fobUsd
       FROM export_history
       WHERE removed_at IS NULL AND (year, month) >= (@fromYear, @fromMonth) AND (year, month) <= (@toYear, @toMonth)
       GROUP BY year, month, country, category_code, hs_code`,
    )
    .all({ fromYear: start.year, fromMonth: start.month, toYear: end.year, toMonth: end.month }) as FactRow[];
  const history: ExportFact[] = rows
    .map((row) => ({
      month: `${row.year}-${String(row.month).padStart(2, '0')}`,
      country: row.country,
      category: row.category,
      hsCode: row.hsCode,
      fobUsd: row.fobUsd,
      source: 'history' as const,
    }));
  const historyMonths = new Set(history.map((fact) => fact.month));
  const shipped = shipmentExportFacts(db, from, to).filter((fact) => !historyMonths.has(fact.month));
  return [...history, ...shipped.map((fact) => ({ ...fact, source: 'shipment' as const }))];
}

/**
 * The months of `from`…`to` whose exports are known: those with history rows, and every month
 * from the first shipment shipped through the app up to `thisMonth`. Once the centre ships through
 * the app, a month without a shipment shipped nothing: a zero, not a gap. Before that, or without
 * history, a month with no fact is unknown and the reports say so.
 */
export function knownExportMonths(db: Db, from: string, to: string, thisMonth: string): Set<string> {
  const known = new Set(
    (db
      .prepare(
        `SELECT DISTINCT printf('%04d-%02d', year, month) AS month FROM export_history
         WHERE removed_at IS NULL AND printf('%04d-%02d', year, month) BETWEEN ? AND ?`,
      )
      .all(from, to) as { month: string }[]).map((row) => row.month),
  );
  for (const month of shippingMonths(db, from, to, thisMonth)) known.add(month);
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
  const months: string[] = [];
  if (!first.month) return months;
  const last = to < thisMonth ? to : thisMonth;
  for (let month = first.month > from ? first.month : from; month <= last; month = nextMonth(month)) months.push(month);
  return months;
}

function nextMonth(month: string): string {
  const { year, month: m } = yearMonth(month);
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}
