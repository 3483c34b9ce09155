import type { z } from 'zod';
import type { supplyInputs } from '../../../shared/api/supply';
import type { Order, OrderLine, OrderStatus, OrderSummary, OrderValues } from '../../../shared/domain/orders';
import { minorUnits, toRupiah, type Currency, type MinorUnits, type Rupiah } from '../../../shared/money';
import type { Db } from '../platform/db/connection';

export type OrderHeader = Omit<Order, 'lines'>;

/**
 * An order's rupiah worth in SQL, `null` while a foreign-currency order has no rate: its stored
 * `value_idr` is then a placeholder (0) that no screen, sum or report may read as a value.
 */
export function orderValueIdrSql(alias: string): string {
  return `(CASE WHEN ${alias}.currency <> 'IDR' AND ${alias}.idr_rate IS NULL THEN NULL ELSE ${alias}.value_idr END)`;
}

export function getOrderHeader(db: Db, id: number): OrderHeader | undefined {
  return db
    .prepare(
      `SELECT o.id, o.order_no AS orderNo, b.buyer_code AS buyerCode, b.name AS buyerName, o.order_date AS orderDate,
              o.ship_by AS shipBy, o.currency, o.idr_rate AS idrRate, o.status, o.note, ${orderValueIdrSql('o')} AS valueIdr,
              o.ready_reason AS readyReason,
              o.buyer_po AS buyerPo, o.buyer_po_date AS buyerPoDate, o.payment_terms AS paymentTerms
       FROM sales_order o JOIN buyer b ON b.id = o.buyer_id WHERE o.id = ?`,
    )
    .get(id) as OrderHeader | undefined;
}

export function listOrderLines(db: Db, orderId: number): OrderLine[] {
  return db
    .prepare(
      `SELECT l.id, l.line_no AS lineNo, p.sku, p.name AS productName, l.qty, l.unit_price AS unitPrice,
              COALESCE((SELECT SUM(d.accepted) FROM work_assignment a JOIN delivery d ON d.assignment_id = a.id
                        WHERE a.order_line_id = l.id), 0) AS acceptedQty
       FROM order_line l JOIN product p ON p.id = l.product_id WHERE l.order_id = ? ORDER BY l.line_no`,
    )
    .all(orderId) as OrderLine[];
}

/** Order numbers are unique for good, whatever their case: a cancelled order keeps its number. */
export function findOrderByNo(db: Db, orderNo: string): { id: number; status: OrderStatus } | undefined {
  return db
    .prepare('SELECT id, status FROM sales_order WHERE order_no = ? COLLATE NOCASE')
    .get(orderNo) as { id: number; status: OrderStatus } | undefined;
}

/** As stored: without a rate a foreign-currency order keeps `idrRate` null and a placeholder worth of 0. */
export type OrderRow = Omit<OrderValues, 'id' | 'lines' | 'buyerCode' | 'idrRate'> & { buyerId: number; idrRate: number | null; valueIdr: Rupiah };

export function insertOrder(db: Db, order: OrderRow, now: string): number {
  const result = db
    .prepare(
      `INSERT INTO sales_order (order_no, buyer_id, order_date, ship_by, currency, idr_rate, status, note, value_idr,
         buyer_po, buyer_po_date, payment_terms, created_at, updated_at)
       VALUES (@orderNo, @buyerId, @orderDate, @shipBy, @currency, @idrRate, @status, @note, @valueIdr,
         @buyerPo, @buyerPoDate, @paymentTerms, @now, @now)`,
    )
    .run({ ...pickStored(order), now });
  return Number(result.lastInsertRowid);
}

export function updateOrder(db: Db, id: number, order: OrderRow, now: string): void {
  db.prepare(
    `UPDATE sales_order SET order_no = @orderNo, buyer_id = @buyerId, order_date = @orderDate, ship_by = @shipBy,
       currency = @currency, idr_rate = @idrRate, status = @status, note = @note, value_idr = @valueIdr,
       buyer_po = @buyerPo, buyer_po_date = @buyerPoDate, payment_terms = @paymentTerms, updated_at = @now
     WHERE id = @id`,
  ).run({ ...pickStored(order), id, now });
}

export function updateOrderStatus(db: Db, id: number, status: OrderStatus, now: string): void {
  db.prepare('UPDATE sales_order SET status = ?, updated_at = ? WHERE id = ?').run(status, now, id);
}

/**
 * Lines are kept by number, so a line that is only changed keeps its id: work assigned to it
 * (planning's work_assignment) stays attached when a confirmed order is corrected.
 */
export function upsertOrderLine(db: Db, line: { orderId: number; lineNo: number; productId: number; qty: number; unitPrice: number }): void {
  db.prepare(
    `INSERT INTO order_line (order_id, line_no, product_id, qty, unit_price) VALUES (@orderId, @lineNo, @productId, @qty, @unitPrice)
     ON CONFLICT (order_id, line_no) DO UPDATE SET product_id = excluded.product_id, qty = excluded.qty, unit_price = excluded.unit_price`,
  ).run(line);
}

/** The order's lines other records rely on (work assigned, goods shipped), by their ids. */
export function orderLinesInUse(db: Db, orderId: number): Set<number> {
  const rows = db
    .prepare(
      `SELECT l.id FROM order_line l WHERE l.order_id = ?
         AND (EXISTS (SELECT 1 FROM work_assignment w WHERE w.order_line_id = l.id)
           OR EXISTS (SELECT 1 FROM shipment_line s WHERE s.order_line_id = l.id))`,
    )
    .all(orderId) as { id: number }[];
  return new Set(rows.map((row) => row.id));
}

/** Drops the lines past the new last one. */
export function deleteOrderLinesAfter(db: Db, orderId: number, lastLineNo: number): void {
  db.prepare('DELETE FROM order_line WHERE order_id = ? AND line_no > ?').run(orderId, lastLineNo);
}

/**
 * Puts back each order's stored rupiah worth (value_idr) from its lines. writeOrder keeps it as
 * it writes; a bulk writer that inserts lines itself (demo data) calls this once at the end.
 */
export function refreshOrderValues(db: Db): number {
  const rows = db
    .prepare(
      `SELECT o.id, o.currency, o.idr_rate AS idrRate, o.value_idr AS stored, COALESCE(SUM(l.qty * l.unit_price), 0) AS value
       FROM sales_order o LEFT JOIN order_line l ON l.order_id = o.id GROUP BY o.id`,
    )
    .all() as { id: number; currency: Currency; idrRate: number | null; stored: number; value: number }[];
  const update = db.prepare('UPDATE sales_order SET value_idr = ? WHERE id = ?');
  let changed = 0;
  for (const row of rows) {
    const worth = toRupiah(row.value, row.currency, row.idrRate ?? (row.currency === 'IDR' ? 1 : 0));
    if (worth !== row.stored) changed += update.run(worth, row.id).changes;
  }
  return changed;
}

/** Orders in a currency saved without a rate, with their lines' worth in that currency's minor unit. */
export function ordersWithoutRate(db: Db, currency: Currency): { id: number; orderNo: string; orderDate: string; value: number }[] {
  return db
    .prepare(
      `SELECT o.id, o.order_no AS orderNo, o.order_date AS orderDate, COALESCE(SUM(l.qty * l.unit_price), 0) AS value
       FROM sales_order o LEFT JOIN order_line l ON l.order_id = o.id
       WHERE o.currency = ? AND o.idr_rate IS NULL GROUP BY o.id ORDER BY o.order_date, o.id`,
    )
    .all(currency) as { id: number; orderNo: string; orderDate: string; value: number }[];
}

export function setOrderRate(db: Db, id: number, idrRate: number, valueIdr: Rupiah): void {
  db.prepare('UPDATE sales_order SET idr_rate = ?, value_idr = ? WHERE id = ?').run(idrRate, valueIdr, id);
}

function pickStored(order: OrderRow): OrderRow {
  const { orderNo, buyerId, orderDate, shipBy, currency, idrRate, status, note, valueIdr, buyerPo, buyerPoDate, paymentTerms } = order;
  return { orderNo, buyerId, orderDate, shipBy, currency, idrRate, status, note, valueIdr, buyerPo, buyerPoDate, paymentTerms };
}

export type OrderPageFilter = z.output<(typeof supplyInputs)['orders:page']>;
type OrderSort = OrderPageFilter['sort'];

// Each sort follows an index (see 002-supply), then id for a stable order between pages.
const SORT_TERMS: Record<OrderSort, string[]> = {
  orderNo: ['o.order_no COLLATE NOCASE'],
  orderDate: ['o.order_date'],
  shipBy: ['o.ship_by'],
  buyerName: ['b.name COLLATE NOCASE'],
  status: ['o.status_rank', 'o.ship_by'],
  value: ['o.value_idr'],
};

/** `%`, `_` and `\` typed by a user are matched as themselves. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The WHERE clause is put together from fixed fragments only (values are always bound), so that
 * SQLite sees the real conditions and can use the indexes; `OR @x IS NULL` would hide them.
 */
function whereClause(filter: OrderPageFilter): { sql: string; params: Record<string, string> } {
  const terms: string[] = [];
  const params: Record<string, string> = {};
  if (filter.status && filter.status.length > 0) {
    terms.push('o.status IN (SELECT value FROM json_each(@statuses))');
    params.statuses = JSON.stringify(filter.status);
  }
  if (filter.buyerCode) {
    terms.push('b.buyer_code = @buyerCode COLLATE NOCASE');
    params.buyerCode = filter.buyerCode;
  }
  if (filter.search && filter.search.trim() !== '') {
    terms.push(`(o.order_no LIKE @search ESCAPE '\\' OR b.name LIKE @search ESCAPE '\\')`);
    params.search = likePattern(filter.search.trim());
  }
  if (filter.shipByFrom) {
    terms.push('o.ship_by >= @shipByFrom');
    params.shipByFrom = filter.shipByFrom;
  }
  if (filter.shipByTo) {
    terms.push('o.ship_by <= @shipByTo');
    params.shipByTo = filter.shipByTo;
  }
  return { sql: terms.length > 0 ? `WHERE ${terms.join(' AND ')}` : '', params };
}

type PageRow = Omit<OrderSummary, 'lines' | 'qty' | 'value'>;

/**
 * One page of orders. Line counts and values are summed only for the page's own ids, through
 * the (order_id, line_no) index, so a page costs the same with a million lines as with ten.
 */
export function orderPage(db: Db, filter: OrderPageFilter): { rows: OrderSummary[]; total: number } {
  const where = whereClause(filter);
  const direction = filter.descending ? 'DESC' : 'ASC';
  const orderBy = [...SORT_TERMS[filter.sort], 'o.id'].map((term) => `${term} ${direction}`).join(', ');
  const page = db
    .prepare(
      `SELECT o.id, o.order_no AS orderNo, b.buyer_code AS buyerCode, b.name AS buyerName, b.country,
              o.order_date AS orderDate, o.ship_by AS shipBy, o.currency, o.status, ${orderValueIdrSql('o')} AS valueIdr
       FROM sales_order o JOIN buyer b ON b.id = o.buyer_id
       ${where.sql} ORDER BY ${orderBy} LIMIT @limit OFFSET @offset`,
    )
    .all({ ...where.params, limit: filter.limit, offset: filter.offset }) as PageRow[];
  // LEFT JOIN: without a buyer condition SQLite leaves the join out of the count altogether.
  const { total } = db
    .prepare(`SELECT COUNT(*) AS total FROM sales_order o LEFT JOIN buyer b ON b.id = o.buyer_id ${where.sql}`)
    .get(where.params) as { total: number };
  const totals = lineTotals(db, page.map((row) => row.id));
  const rows = page.map((row) => ({ ...row, ...(totals.get(row.id) ?? { lines: 0, qty: 0, value: minorUnits(0) }) }));
  return { rows, total };
}

function lineTotals(db: Db, orderIds: number[]): Map<number, { lines: number; qty: number; value: MinorUnits }> {
  if (orderIds.length === 0) return new Map();
  const rows = db
    .prepare(
      `SELECT order_id AS id, COUNT(*) AS lines, SUM(qty) AS qty, SUM(qty * unit_price) AS value
       FROM order_line WHERE order_id IN (SELECT value FROM json_each(?)) GROUP BY order_id`,
    )
    .all(JSON.stringify(orderIds)) as { id: number; lines: number; qty: number; value: MinorUnits }[];
  return new Map(rows.map(({ id, ...sums }) => [id, sums]));
}
