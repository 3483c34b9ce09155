import type { Currency } from '../../../shared/money';
import { toRupiah } from '../../../shared/money';
import type { Db } from './connection';

/**
 * What the data says about the roadmap's KPIs that the registry and export facts do not answer
 * directly: production value from delivered work, and from when the registry has any history.
 */

interface DeliveredWorth {
  year: string;
  currency: Currency;
  rate: number | null;
  worth: number;
}

/**
 * Production value per calendar year, in rupiah: pieces accepted at QC × the order line's unit
 * price, converted at the order's rate. Only years with at least one delivery appear: a year
 * without deliveries has no figure, not a zero.
 */
export function productionValueByYear(db: Db, fromYear: number, toYear: number): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT substr(d.delivered_on, 1, 4) AS year, o.currency, o.idr_rate AS rate, SUM(d.accepted * ol.unit_price) AS worth
       FROM delivery d
       JOIN work_assignment a ON a.id = d.assignment_id
       JOIN order_line ol ON ol.id = a.order_line_id
       JOIN sales_order o ON o.id = ol.order_id
       WHERE d.delivered_on >= @from AND d.delivered_on <= @to
       GROUP BY year, o.currency, o.idr_rate`,
    )
    .all({ from: `${fromYear}-01-01`, to: `${toYear}-12-31` }) as DeliveredWorth[];
  const years = new Map<number, number>();
  for (const row of rows) {
    // An order is always saved with its rate; rupiah orders may carry none.
    const rate = row.rate ?? (row.currency === 'IDR' ? 1 : null);
    const year = Number(row.year);
    years.set(year, (years.get(year) ?? 0) + (rate === null ? 0 : toRupiah(row.worth, row.currency, rate)));
  }
  return years;
}

/** The earliest day the registry knows units' and members' states: before it, their counts are unknown. */
export function registryHistoryStarts(db: Db): { units: string | null; members: string | null } {
  return db
    .prepare('SELECT (SELECT MIN(valid_from) FROM unit_state) AS units, (SELECT MIN(valid_from) FROM member_status) AS members')
    .get() as { units: string | null; members: string | null };
}
