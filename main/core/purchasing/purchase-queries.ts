import type { PurchaseLine, PurchaseOrder, PurchaseStatus } from '../../../shared/api/production';
import type { Db } from '../platform/db/connection';
import type { Currency } from '../../../shared/money';

/** Purchase orders to suppliers and their lines; quantities in the material's own unit. */

type Header = Omit<PurchaseOrder, 'lines' | 'value'>;

const HEADER_SELECT = `
  SELECT po.id, po.po_no AS poNo, s.name AS supplier, po.order_date AS orderDate, po.expected_on AS expectedOn,
         po.status, po.note, po.currency, po.plan_run_id AS planRunId
  FROM purchase_order po JOIN supplier s ON s.id = po.supplier_id`;

function withLines(db: Db, header: Header): PurchaseOrder {
  const lines = listPurchaseLines(db, header.id);
  return { ...header, lines, value: lines.reduce((sum, line) => sum + Math.round(line.qty * line.unitCost), 0) };
}

export function listPurchaseLines(db: Db, poId: number): PurchaseLine[] {
  return db
    .prepare(
      `SELECT pl.id, m.material_code AS materialCode, m.name AS materialName, m.uom, pl.qty, pl.unit_cost AS unitCost,
              pl.received_qty AS receivedQty
       FROM purchase_line pl JOIN material m ON m.id = pl.material_id WHERE pl.po_id = ? ORDER BY pl.id`,
    )
    .all(poId) as PurchaseLine[];
}

export function getPurchase(db: Db, id: number): PurchaseOrder | undefined {
  const header = db.prepare(`${HEADER_SELECT} WHERE po.id = ?`).get(id) as Header | undefined;
  return header ? withLines(db, header) : undefined;
}

export function listPurchases(db: Db, status: PurchaseStatus | null): PurchaseOrder[] {
  const headers = db
    .prepare(`${HEADER_SELECT} WHERE (@status IS NULL OR po.status = @status) ORDER BY po.order_date DESC, po.po_no DESC`)
    .all({ status }) as Header[];
  return headers.map((header) => withLines(db, header));
}

export function findPurchaseByNo(db: Db, poNo: string): { id: number } | undefined {
  return db.prepare('SELECT id FROM purchase_order WHERE po_no = ? COLLATE NOCASE').get(poNo) as { id: number } | undefined;
}

/** The highest sequence of a year's numbers in the `PO-2026-0001` pattern; other numbers do not count. */
export function lastPoSequence(db: Db, year: string): number {
  const rows = db.prepare("SELECT po_no AS poNo FROM purchase_order WHERE po_no LIKE ?").all(`PO-${year}-%`) as { poNo: string }[];
  return rows.reduce((max, row) => {
    const m = /^PO-\d{4}-(\d+)$/i.exec(row.poNo);
    return m ? Math.max(max, Number(m[1])) : max;
  }, 0);
}

export interface StoredPurchase {
  poNo: string;
  supplierId: number;
  orderDate: string;
  expectedOn: string;
  status: PurchaseStatus;
  currency: Currency;
  note: string | null;
  planRunId: number | null;
}

export function insertPurchase(db: Db, po: StoredPurchase, now: string): number {
  const result = db
    .prepare(
      `INSERT INTO purchase_order (po_no, supplier_id, order_date, expected_on, status, currency, note, plan_run_id, created_at, updated_at)
       VALUES (@poNo, @supplierId, @orderDate, @expectedOn, @status, @currency, @note, @planRunId, @now, @now)`,
    )
    .run({ ...po, now });
  return Number(result.lastInsertRowid);
}

export function updatePurchase(db: Db, id: number, po: Omit<StoredPurchase, 'status' | 'planRunId'>, now: string): void {
  db.prepare(
    `UPDATE purchase_order SET po_no = @poNo, supplier_id = @supplierId, order_date = @orderDate, expected_on = @expectedOn,
       currency = @currency, note = @note, updated_at = @now WHERE id = @id`,
  ).run({ ...po, id, now });
}

export function replacePurchaseLines(db: Db, poId: number, lines: { materialId: number; qty: number; unitCost: number }[]): void {
  db.prepare('DELETE FROM purchase_line WHERE po_id = ?').run(poId);
  const insert = db.prepare('INSERT INTO purchase_line (po_id, material_id, qty, unit_cost) VALUES (?, ?, ?, ?)');
  for (const line of lines) insert.run(poId, line.materialId, line.qty, line.unitCost);
}

export function setPurchaseStatus(db: Db, id: number, status: PurchaseStatus, now: string): void {
  db.prepare('UPDATE purchase_order SET status = ?, updated_at = ? WHERE id = ?').run(status, now, id);
}

export function setReceivedQty(db: Db, lineId: number, receivedQty: number): void {
  db.prepare('UPDATE purchase_line SET received_qty = ? WHERE id = ?').run(receivedQty, lineId);
}

/** The newest plan run's id, day and time, or undefined before the first run. */
export function lastPlanRunId(db: Db): { id: number; today: string; runAt: string } | undefined {
  return db.prepare('SELECT id, today, run_at AS runAt FROM plan_run ORDER BY id DESC LIMIT 1').get() as
    | { id: number; today: string; runAt: string }
    | undefined;
}

/**
 * Materials on purchase orders (not cancelled) that answer a plan run: pooled from it, or written
 * by hand since it ran; with the orders' numbers. Upper-case material codes.
 */
export function materialsOrderedSince(db: Db, run: { id: number; runAt: string }): { materialCode: string; poNo: string }[] {
  return db
    .prepare(
      `SELECT DISTINCT upper(m.material_code) AS materialCode, po.po_no AS poNo
       FROM purchase_order po JOIN purchase_line pl ON pl.po_id = po.id JOIN material m ON m.id = pl.material_id
       WHERE po.status <> 'cancelled' AND (po.plan_run_id = @id OR po.created_at >= @runAt)
       ORDER BY po.po_no`,
    )
    .all(run) as { materialCode: string; poNo: string }[];
}

/** What a purchase line needs of its material: id, cost, currency and lead time. */
export function materialForPurchase(
  db: Db,
  materialCode: string,
): { id: number; name: string; uom: string; unitCost: number; currency: Currency; leadTimeDays: number } | undefined {
  return db
    .prepare(
      `SELECT id, name, uom, unit_cost AS unitCost, currency, lead_time_days AS leadTimeDays
       FROM material WHERE material_code = ? COLLATE NOCASE AND removed_at IS NULL`,
    )
    .get(materialCode) as { id: number; name: string; uom: string; unitCost: number; currency: Currency; leadTimeDays: number } | undefined;
}
