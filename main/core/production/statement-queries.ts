import type { Rupiah } from '../../../shared/money';
import type { Db } from '../platform/db/connection';
import { SPK_RATE_SQL } from '../planning/piece-rate-rule';

/** Advances (kasbon) paid to workshops ahead of their piece-rate statements; rupiah. */

export function insertAdvance(db: Db, values: { unitId: number; paidOn: string; amountIdr: Rupiah; note: string | null }, now: string): number {
  const result = db
    .prepare('INSERT INTO advance (unit_id, paid_on, amount, note, created_at) VALUES (@unitId, @paidOn, @amountIdr, @note, @now)')
    .run({ ...values, now });
  return Number(result.lastInsertRowid);
}

/**
 * The first day a statement for `from` looks back to: the earliest printed slip's, where work or
 * advances recorded after a slip was printed may still wait to be settled.
 */
const LOOK_BACK = 'min(@from, COALESCE((SELECT MIN(period_from) FROM pay_slip), @from))';

/** The printed slip of the row's workshop whose period holds the row's day (`x.unit_id`, `day`). */
const SETTLED_PERIOD = (unit: string, day: string) =>
  `(SELECT s.slip_no FROM pay_slip s WHERE s.unit_id = ${unit} AND ${day} BETWEEN s.period_from AND s.period_to ORDER BY s.id LIMIT 1)`;

export interface OpenAdvance {
  id: number;
  unitId: number;
  amountIdr: Rupiah;
  /** The printed slip whose period it falls in, when it was recorded after that slip. */
  lateFor: string | null;
}

/**
 * Advances not yet deducted on a printed slip: those paid in the period, and those paid in the
 * period of a slip already printed (recorded after it), which the next statement deducts.
 */
export function openAdvances(db: Db, from: string, to: string, unitCode: string | null): OpenAdvance[] {
  return db
    .prepare(
      `SELECT * FROM (
         SELECT a.id, a.unit_id AS unitId, a.amount AS amountIdr, a.paid_on AS paidOn, ${SETTLED_PERIOD('a.unit_id', 'a.paid_on')} AS lateFor
         FROM advance a JOIN business_unit u ON u.id = a.unit_id
         WHERE a.paid_on BETWEEN ${LOOK_BACK} AND @to AND (@unitCode IS NULL OR u.unit_code = @unitCode COLLATE NOCASE)
           AND NOT EXISTS (SELECT 1 FROM pay_slip_advance x WHERE x.advance_id = a.id))
       WHERE paidOn >= @from OR lateFor IS NOT NULL ORDER BY paidOn, id`,
    )
    .all({ from, to, unitCode }) as OpenAdvance[];
}

export interface DeliveredWork {
  deliveryId: number;
  unitId: number;
  assignmentId: number;
  spkNo: string | null;
  orderNo: string;
  sku: string;
  accepted: number;
  rejected: number;
  /** The SPK's own rate in rupiah a piece (kept since it was issued). */
  pieceRateIdr: Rupiah;
  lateFor: string | null;
}

/**
 * Deliveries not yet paid on a printed slip: those handed in during the period, and those of a
 * printed slip's period recorded after it was printed (`lateFor`), which the next statement pays.
 */
export function deliveredWork(db: Db, from: string, to: string, unitCode: string | null): DeliveredWork[] {
  return db
    .prepare(
      `SELECT * FROM (
         SELECT d.id AS deliveryId, a.unit_id AS unitId, a.id AS assignmentId, a.spk_no AS spkNo, o.order_no AS orderNo, p.sku,
                d.accepted, d.rejected, d.delivered_on AS deliveredOn, ${SPK_RATE_SQL} AS pieceRateIdr,
                ${SETTLED_PERIOD('a.unit_id', 'd.delivered_on')} AS lateFor, ol.line_no AS lineNo
         FROM delivery d
         JOIN work_assignment a ON a.id = d.assignment_id
         JOIN order_line ol ON ol.id = a.order_line_id JOIN sales_order o ON o.id = ol.order_id
         JOIN product p ON p.id = ol.product_id JOIN business_unit u ON u.id = a.unit_id
         WHERE d.delivered_on BETWEEN ${LOOK_BACK} AND @to AND (@unitCode IS NULL OR u.unit_code = @unitCode COLLATE NOCASE)
           AND NOT EXISTS (SELECT 1 FROM pay_slip_delivery x WHERE x.delivery_id = d.id))
       WHERE deliveredOn >= @from OR lateFor IS NOT NULL
       ORDER BY orderNo, lineNo, sku, assignmentId, deliveredOn, deliveryId`,
    )
    .all({ from, to, unitCode }) as DeliveredWork[];
}

export interface OpenCorrection {
  id: number;
  unitId: number;
  amountIdr: Rupiah;
  note: string;
}

/** Corrections entered up to the period's end and not yet on a printed slip. */
export function openCorrections(db: Db, to: string, unitCode: string | null): OpenCorrection[] {
  return db
    .prepare(
      `SELECT c.id, c.unit_id AS unitId, c.amount AS amountIdr, c.note FROM pay_correction c JOIN business_unit u ON u.id = c.unit_id
       WHERE c.slip_id IS NULL AND c.on_date <= @to AND (@unitCode IS NULL OR u.unit_code = @unitCode COLLATE NOCASE)
       ORDER BY c.on_date, c.id`,
    )
    .all({ to, unitCode }) as OpenCorrection[];
}

/** A workshop's code, name, and its owner's name and member number. */
export function unitWithOwner(db: Db, unitId: number): { unitCode: string; unitName: string; ownerName: string | null; memberNo: string | null } {
  return db
    .prepare(
      `SELECT u.unit_code AS unitCode, u.name AS unitName, m.name AS ownerName, CASE WHEN m.removed_at IS NULL THEN m.member_no END AS memberNo
       FROM business_unit u LEFT JOIN member m ON m.id = u.owner_member_id WHERE u.id = ?`,
    )
    .get(unitId) as { unitCode: string; unitName: string; ownerName: string | null; memberNo: string | null };
}
