import type { Db } from '../../main/core/platform/db/connection';

/**
 * A small centre written straight into SQLite, so the planning tests do not depend on the other
 * areas' services: three bag workshops (grades A, B, C; 120, 120 and 240 pieces a week), nobody
 * making wallets, leather by the 50-sqft hide from Magetan, one export and one domestic buyer.
 */
export function seedCentre(db: Db): void {
  const now = '2026-11-01T00:00:00.000Z';
  db.transaction(() => {
    const member = db.prepare('INSERT INTO member (member_no, name, created_at, updated_at) VALUES (?, ?, ?, ?)');
    const unit = db.prepare(
      'INSERT INTO business_unit (unit_code, name, owner_member_id, quality_grade, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const state = db.prepare(
      "INSERT INTO unit_state (unit_id, valid_from, is_active, workers, monthly_capacity, recorded_at) VALUES (?, '2020-01-01', ?, 6, ?, ?)",
    );
    const category = db.prepare("INSERT INTO unit_category (unit_id, category_code) VALUES (?, 'tas')");
    const units: [string, string, number, number][] = [['UA', 'A', 520, 1], ['UB', 'B', 520, 1], ['UC', 'C', 1040, 1], ['UX', 'A', 5200, 0]];
    units.forEach(([code, grade, capacity, active], i) => {
      const memberId = Number(member.run(`INT-${i + 1}`, `Anggota ${i + 1}`, now, now).lastInsertRowid);
      const unitId = Number(unit.run(code, `Usaha ${code}`, memberId, grade, now, now).lastInsertRowid);
      state.run(unitId, active, capacity, now);
      category.run(unitId);
    });
    db.prepare("INSERT INTO supplier (id, name, created_at, updated_at) VALUES (1, 'Penyamakan Magetan', ?, ?)").run(now, now);
    const material = db.prepare(
      `INSERT INTO material (id, material_code, name, category, uom, purchase_uom, purchase_factor, supplier_id, lead_time_days, min_order_qty, safety_stock, unit_cost, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)`,
    );
    material.run(1, 'KLT-SAPI', 'Kulit sapi', 'kulit', 'sqft', 'hide', 50, 14, 100, 20, 45_000, now, now);
    material.run(2, 'BNG-01', 'Benang', 'benang', 'm', 'cone', 1000, 3, 0, 0, 20, now, now);
    const product = db.prepare(
      "INSERT INTO product (id, sku, name, category_code, hs_code, created_at, updated_at) VALUES (?, ?, ?, ?, '4202.21', ?, ?)",
    );
    product.run(1, 'TAS-01', 'Tas wanita kulit', 'tas', now, now);
    product.run(2, 'DOM-01', 'Dompet kulit', 'dompet', now, now);
    const bom = db.prepare('INSERT INTO bom_line (product_id, material_id, qty_per_unit, waste_pct) VALUES (?, ?, ?, ?)');
    bom.run(1, 1, 2, 20);
    bom.run(1, 2, 40, 0);
    db.prepare("INSERT INTO stock_movement (material_id, moved_on, kind, delta, created_at) VALUES (1, '2026-11-01', 'opening', 120, ?)").run(now);
    const buyer = db.prepare('INSERT INTO buyer (id, buyer_code, name, country, kind, currency, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    buyer.run(1, 'EXP', 'Leather House Inc', 'US', 'export', 'USD', now, now);
    buyer.run(2, 'DOM', 'Toko Tas Surabaya', 'ID', 'domestic', 'IDR', now, now);
  })();
}

let orderId = 100;
/** One order of one line; returns the order line's id. */
export function addOrder(db: Db, values: { orderNo: string; buyerId: number; shipBy: string; status?: string; productId?: number; qty: number }): number {
  const id = orderId++;
  const now = '2026-11-01T00:00:00.000Z';
  db.prepare(
    `INSERT INTO sales_order (id, order_no, buyer_id, order_date, ship_by, currency, status, created_at, updated_at)
     VALUES (?, ?, ?, '2026-09-01', ?, 'IDR', ?, ?, ?)`,
  ).run(id, values.orderNo, values.buyerId, values.shipBy, values.status ?? 'confirmed', now, now);
  return Number(
    db
      .prepare('INSERT INTO order_line (order_id, line_no, product_id, qty, unit_price) VALUES (?, 1, ?, ?, 100000)')
      .run(id, values.productId ?? 1, values.qty).lastInsertRowid,
  );
}

/** Pieces per unit code and week start of everything stored. */
export function storedWeeks(db: Db): { unitCode: string; weekStart: string; qty: number }[] {
  return db
    .prepare(
      `SELECT u.unit_code AS unitCode, aw.week_start AS weekStart, SUM(aw.qty) AS qty FROM assignment_week aw
       JOIN work_assignment a ON a.id = aw.assignment_id JOIN business_unit u ON u.id = a.unit_id
       GROUP BY u.unit_code, aw.week_start ORDER BY 1, 2`,
    )
    .all() as { unitCode: string; weekStart: string; qty: number }[];
}
