import type { NumberedKind } from '../../../shared/api/bulk';
import type { CallContext } from '../platform/app';
import type { Db } from '../platform/db/connection';

/**
 * The numbers the centre gives out, one running series per year: what a new record of each kind
 * would be numbered next. The same patterns as those the app writes itself (SPKs when issued,
 * POs when saved without a number, the demo's orders and shipments).
 */
const SERIES: Record<NumberedKind, { table: string; column: string; prefix: string; width: number }> = {
  order: { table: 'sales_order', column: 'order_no', prefix: 'SO', width: 5 },
  purchase: { table: 'purchase_order', column: 'po_no', prefix: 'PO', width: 4 },
  shipment: { table: 'shipment', column: 'shipment_no', prefix: 'EXP', width: 4 },
  spk: { table: 'work_assignment', column: 'spk_no', prefix: 'SPK', width: 5 },
};

/** The highest running number of a year in the series; numbers of another shape do not count. */
function lastSerial(db: Db, kind: NumberedKind, year: string): number {
  const { table, column, prefix } = SERIES[kind];
  const head = `${prefix}-${year}-`;
  // Table and column come from SERIES above, never from the caller.
  const numbers = db.prepare(`SELECT ${column} FROM ${table} WHERE ${column} LIKE ? || '%'`).pluck().all(head) as string[];
  const shape = new RegExp(`^${prefix}-\\d{4}-(\\d+)$`, 'i');
  return numbers.reduce((max, no) => {
    const match = shape.exec(no);
    return match ? Math.max(max, Number(match[1])) : max;
  }, 0);
}

/** `SO-2026-00042`: the next free number of `kind` in the year of `on`. */
export function nextNumber(ctx: CallContext, kind: NumberedKind, on: string): string {
  const { prefix, width } = SERIES[kind];
  const year = on.slice(0, 4);
  return `${prefix}-${year}-${String(lastSerial(ctx.app.db, kind, year) + 1).padStart(width, '0')}`;
}
