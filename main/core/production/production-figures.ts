import { rupiah } from '../../../shared/money';
import type { Db } from '../platform/db/connection';
import { deliveredByUnitMonth, unpricedOrders, type UnpricedOrder } from './production-figure-queries';
import { exactRupiah } from '../../../shared/exact-money';

/**
 * PRODUCTION QUANTITY AND VALUE — the one definition every report uses.
 *
 * Production quantity: pieces handed in to QC (accepted + rejected), by the day of the delivery.
 * Production value: accepted pieces × the order line's unit price, in rupiah at the order's rate
 * (a rupiah order needs none), summed exactly from the source rows and rounded once per figure.
 * An order in a foreign currency without a rate has no rupiah value: it is named, and the value
 * is partial. A month has production data when something was handed in that month.
 */

export interface ProductionCell {
  unitId: number;
  month: string;
  handedIn: number;
  accepted: number;
  rejected: number;
  /** Rupiah, not rounded. */
  exactIdr: number;
}

export interface ProductionCells {
  /** By `unitId|month`. */
  cells: Map<string, ProductionCell>;
  unpriced: UnpricedOrder[];
}

export function productionCells(db: Db, fromDay: string, toDay: string): ProductionCells {
  const cells = new Map<string, ProductionCell>();
  for (const row of deliveredByUnitMonth(db, fromDay, toDay)) {
    const key = `${row.unitId}|${row.month}`;
    const cell = cells.get(key) ?? { unitId: row.unitId, month: row.month, handedIn: 0, accepted: 0, rejected: 0, exactIdr: 0 };
    const rate = row.rate ?? (row.currency === 'IDR' ? 1 : null);
    cell.handedIn += row.accepted + row.rejected;
    cell.accepted += row.accepted;
    cell.rejected += row.rejected;
    if (rate !== null) cell.exactIdr += exactRupiah(row.worth, row.currency, rate);
    cells.set(key, cell);
  }
  return { cells, unpriced: unpricedOrders(db, fromDay, toDay) };
}

/** The production figures of a span of days: quantity, value (rounded once), the months with data. */
export function productionTotals(db: Db, fromDay: string, toDay: string, months: string[]) {
  const { cells, unpriced } = productionCells(db, fromDay, toDay);
  const withData = monthsWithProduction(cells, months);
  const sum = (pick: (cell: ProductionCell) => number) => [...cells.values()].reduce((total, cell) => total + pick(cell), 0);
  const known = withData.length > 0;
  return {
    cells,
    unpriced,
    monthsWithData: withData,
    producedQty: known ? sum((cell) => cell.handedIn) : null,
    acceptedQty: known ? sum((cell) => cell.accepted) : null,
    rejectedQty: known ? sum((cell) => cell.rejected) : null,
    productionValueIdr: known ? rupiah(Math.round(sum((cell) => cell.exactIdr))) : null,
  };
}

/** Months (of `months`) in which something was handed in. */
export function monthsWithProduction(cells: Map<string, ProductionCell>, months: string[]): string[] {
  const seen = new Set<string>();
  for (const cell of cells.values()) if (cell.handedIn > 0) seen.add(cell.month);
  return months.filter((month) => seen.has(month));
}
