import type { Db } from './connection';

/** Advances (kasbon) paid to workshops ahead of their piece-rate statements; rupiah. */

export function insertAdvance(db: Db, values: { unitId: number; paidOn: string; amount: number; note: string | null }, now: string): number {
  const result = db
    .prepare('INSERT INTO advance (unit_id, paid_on, amount, note, created_at) VALUES (@unitId, @paidOn, @amount, @note, @now)')
    .run({ ...values, now });
  return Number(result.lastInsertRowid);
}

/** Σ advances per workshop paid in a period (both days included). */
export function advancesInPeriod(db: Db, from: string, to: string, unitCode: string | null): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT a.unit_id AS unitId, SUM(a.amount) AS amount FROM advance a JOIN business_unit u ON u.id = a.unit_id
       WHERE a.paid_on BETWEEN @from AND @to AND (@unitCode IS NULL OR u.unit_code = @unitCode COLLATE NOCASE)
       GROUP BY a.unit_id`,
    )
    .all({ from, to, unitCode }) as { unitId: number; amount: number }[];
  return new Map(rows.map((r) => [r.unitId, r.amount]));
}

export interface DeliveredWork {
  unitId: number;
  assignmentId: number;
  orderNo: string;
  sku: string;
  accepted: number;
  rejected: number;
  pieceRate: number;
  labourMinutes: number;
}

/** Pieces handed in per workshop and SPK in a period, with the SPK's rate and the product's labour minutes. */
export function deliveredWork(db: Db, from: string, to: string, unitCode: string | null): DeliveredWork[] {
  return db
    .prepare(
      `SELECT a.unit_id AS unitId, a.id AS assignmentId, o.order_no AS orderNo, p.sku, SUM(d.accepted) AS accepted, SUM(d.rejected) AS rejected,
              a.piece_rate AS pieceRate, p.labour_minutes AS labourMinutes
       FROM delivery d
       JOIN work_assignment a ON a.id = d.assignment_id
       JOIN order_line ol ON ol.id = a.order_line_id JOIN sales_order o ON o.id = ol.order_id
       JOIN product p ON p.id = ol.product_id JOIN business_unit u ON u.id = a.unit_id
       WHERE d.delivered_on BETWEEN @from AND @to AND (@unitCode IS NULL OR u.unit_code = @unitCode COLLATE NOCASE)
       GROUP BY a.id ORDER BY o.order_no, p.sku, a.id`,
    )
    .all({ from, to, unitCode }) as DeliveredWork[];
}

/** A workshop's code, name and owner's name. */
export function unitWithOwner(db: Db, unitId: number): { unitCode: string; unitName: string; ownerName: string | null } {
  return db
    .prepare(
      `SELECT u.unit_code AS unitCode, u.name AS unitName, m.name AS ownerName
       FROM business_unit u LEFT JOIN member m ON m.id = u.owner_member_id WHERE u.id = ?`,
    )
    .get(unitId) as { unitCode: string; unitName: string; ownerName: string | null };
}
