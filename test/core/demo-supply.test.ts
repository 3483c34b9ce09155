import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempApp, type TempApp } from '../helpers/temp-app';

const TODAY = '2026-11-23';
const open: TempApp[] = [];
afterAll(() => {
  for (const t of open.splice(0)) t.close();
});

async function demoApp(seed: number, scale: 'demo' | 'stress' = 'demo'): Promise<TempApp> {
  const t = await tempApp({ today: TODAY });
  open.push(t);
  await t.must('demo:create', { seed, scale });
  return t;
}

function all<T>(t: TempApp, sql: string, ...params: unknown[]): T[] {
  return t.app.db.prepare(sql).all(...params) as T[];
}

function scalar(t: TempApp, sql: string, ...params: unknown[]): number {
  return (t.app.db.prepare(sql).pluck().get(...params) as number | null) ?? 0;
}

/** Headings per product category (DOMAIN §3): bags, suitcases and wallets 4202; belts and jackets 4203. */
const HEADINGS: Record<string, readonly string[]> = {
  tas: ['4202'], koper: ['4202'], dompet: ['4202'], 'ikat-pinggang': ['4203'], jaket: ['4203'], aksesoris: ['4205'],
  sepatu: ['6402', '6403', '6404', '6405'],
};

describe('the demonstration supply chain', () => {
  let t: TempApp;
  beforeAll(async () => {
    t = await demoApp(7);
  });

  it('writes a catalogue, materials, buyers and an order book of the stated size, and reports it', async () => {
    const products = scalar(t, 'SELECT COUNT(*) FROM product');
    expect(products).toBeGreaterThanOrEqual(30);
    expect(products).toBeLessThanOrEqual(50);
    const materials = scalar(t, 'SELECT COUNT(*) FROM material');
    expect(materials).toBeGreaterThanOrEqual(25);
    expect(materials).toBeLessThanOrEqual(40);
    const buyers = scalar(t, 'SELECT COUNT(*) FROM buyer');
    expect(buyers).toBeGreaterThanOrEqual(10);
    expect(buyers).toBeLessThanOrEqual(15);
    const orders = scalar(t, 'SELECT COUNT(*) FROM sales_order');
    expect(orders).toBeGreaterThan(1_000);
    expect(orders).toBeLessThan(3_000);
    // Every product has a bill of materials, and every order 1–6 lines.
    expect(scalar(t, 'SELECT COUNT(*) FROM product p WHERE NOT EXISTS (SELECT 1 FROM bom_line b WHERE b.product_id = p.id)')).toBe(0);
    const lineCounts = all<{ n: number }>(t, 'SELECT COUNT(*) AS n FROM order_line GROUP BY order_id');
    expect(lineCounts).toHaveLength(orders);
    expect(Math.min(...lineCounts.map((r) => r.n))).toBe(1);
    expect(Math.max(...lineCounts.map((r) => r.n))).toBeLessThanOrEqual(6);
    const cities = new Set(all<{ city: string }>(t, 'SELECT DISTINCT city FROM supplier').map((r) => r.city));
    expect(cities).toEqual(new Set(['Magetan', 'Garut', 'Surabaya', 'Sidoarjo']));

    const fresh = await tempApp({ today: TODAY });
    open.push(fresh);
    const reported = await fresh.must('demo:create', { seed: 7 });
    expect(reported).toMatchObject({
      members: 276, units: 410, products, materials, buyers, orders, orderLines: scalar(t, 'SELECT COUNT(*) FROM order_line'),
    });
  });

  it('files every product under its category heading, the outer material deciding the subheading', () => {
    const products = all<{ sku: string; category: string; hs: string; outer: string; price: number; currency: string }>(
      t, 'SELECT sku, category_code AS category, hs_code AS hs, outer_material AS outer, price, currency FROM product',
    );
    for (const p of products) {
      expect(p.hs, p.sku).toMatch(/^\d{4}\.\d{2}$/);
      expect(HEADINGS[p.category], p.sku).toContain(p.hs.slice(0, 4));
      if (p.hs.startsWith('4202')) expect(p.hs.endsWith('1'), p.sku).toBe(p.outer === 'kulit');
      if (p.hs.startsWith('6403') || p.hs.startsWith('4203') || p.hs.startsWith('4205')) expect(p.outer, p.sku).toBe('kulit');
      // FOB prices in US cents: leather handbags USD 8–35, synthetic ones USD 2–8 (DOMAIN §6).
      if (p.currency === 'USD' && p.hs === '4202.21') expect(p.price, p.sku).toBeGreaterThanOrEqual(800);
      if (p.currency === 'USD' && p.hs === '4202.21') expect(p.price, p.sku).toBeLessThanOrEqual(3_500);
      if (p.currency === 'USD' && p.hs === '4202.22') expect(p.price, p.sku).toBeLessThanOrEqual(800);
    }
    expect(new Set(products.map((p) => p.category))).toEqual(new Set(Object.keys(HEADINGS)));
    expect(new Set(products.map((p) => p.currency))).toEqual(new Set(['IDR', 'USD']));
  });

  it('gives the leather tote the bill of materials of DOMAIN §6 and leather the trade units', () => {
    const tote = all<{ code: string; qty: number; waste: number; uom: string }>(
      t,
      `SELECT m.material_code AS code, b.qty_per_unit AS qty, b.waste_pct AS waste, m.uom FROM bom_line b
       JOIN material m ON m.id = b.material_id JOIN product p ON p.id = b.product_id WHERE p.sku = 'TWK-001'`,
    );
    const byCode = new Map(tote.map((line) => [line.code, line]));
    expect(byCode.get('KLT-SPB')).toMatchObject({ qty: 8, waste: 20, uom: 'sqft' });
    expect(byCode.get('FRG-SUD')?.qty).toBeCloseTo(0.6);
    expect(byCode.get('BNG-NLN')?.qty).toBe(40);
    expect(byCode.get('LEM-KNG')?.qty).toBeCloseTo(0.05);
    for (const code of ['BSA-3MM', 'PPN-BRD', 'RST-YL5', 'AKS-TAS', 'LBL-LGM', 'KMS-DBG', 'KMS-PLB', 'KMS-CTN']) expect(byCode.has(code), code).toBe(true);
    const cowhide = all<{ uom: string; purchaseUom: string; factor: number; cost: number; lead: number }>(
      t,
      `SELECT uom, purchase_uom AS purchaseUom, purchase_factor AS factor, unit_cost AS cost, lead_time_days AS lead
       FROM material WHERE category = 'kulit' AND name LIKE 'Kulit sapi%'`,
    );
    expect(cowhide.length).toBeGreaterThan(0);
    for (const hide of cowhide) {
      expect(hide).toMatchObject({ uom: 'sqft', purchaseUom: 'hide' });
      expect(hide.factor).toBeGreaterThanOrEqual(35);
      expect(hide.factor).toBeLessThanOrEqual(70);
      expect(hide.cost).toBeGreaterThanOrEqual(30_000);
      expect(hide.cost).toBeLessThanOrEqual(75_000);
      expect(hide.lead).toBeGreaterThanOrEqual(7);
      expect(hide.lead).toBeLessThanOrEqual(21);
    }
    expect(scalar(t, 'SELECT COUNT(*) FROM material WHERE reorder_point < safety_stock OR min_order_qty <= 0')).toBe(0);
  });

  it('keeps every material at or above zero on every day, with issues only to working units', () => {
    const negative = scalar(
      t,
      `SELECT COUNT(*) FROM (
         SELECT SUM(delta) OVER (PARTITION BY material_id ORDER BY moved_on) AS balance FROM stock_movement
       ) WHERE balance < -1e-9`,
    );
    expect(negative).toBe(0);
    expect(scalar(t, "SELECT COUNT(DISTINCT material_id) FROM stock_movement WHERE kind = 'opening' AND moved_on = '2025-11-01'")).toBe(
      scalar(t, 'SELECT COUNT(*) FROM material'),
    );
    expect(scalar(t, "SELECT COUNT(*) FROM stock_movement WHERE kind = 'receipt'")).toBeGreaterThan(100);
    expect(scalar(t, 'SELECT COUNT(*) FROM stock_movement WHERE moved_on > ?', TODAY)).toBe(0);
    const idleIssues = scalar(
      t,
      `SELECT COUNT(*) FROM stock_movement m WHERE m.kind IN ('issue', 'return') AND (m.unit_id IS NULL OR NOT (
         SELECT s.is_active FROM unit_state s WHERE s.unit_id = m.unit_id AND s.valid_from <= m.moved_on ORDER BY s.valid_from DESC LIMIT 1))`,
    );
    expect(idleIssues).toBe(0);
    // A workshop never returns more than it was issued.
    const overReturned = scalar(
      t,
      `SELECT COUNT(*) FROM (
         SELECT SUM(-delta) OVER (PARTITION BY unit_id, material_id ORDER BY moved_on) AS held FROM stock_movement WHERE unit_id IS NOT NULL
       ) WHERE held < -1e-9`,
    );
    expect(overReturned).toBe(0);
    expect(scalar(t, "SELECT COUNT(*) FROM stock_movement WHERE kind = 'return'")).toBeGreaterThan(0);
  });

  it('keeps daily rates on working days from 2022 and puts the rate of its date (Friday’s on a weekend) on every foreign-currency order', () => {
    let workingDays = 0;
    for (let day = new Date('2022-01-01T00:00:00Z'); day.toISOString().slice(0, 10) <= TODAY; day = new Date(day.getTime() + 86_400_000)) {
      if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) workingDays++;
    }
    expect(scalar(t, "SELECT COUNT(*) FROM exchange_rate WHERE currency = 'USD' AND source = 'demo'")).toBe(workingDays);
    expect(scalar(t, "SELECT COUNT(*) FROM exchange_rate WHERE strftime('%w', valid_on) IN ('0', '6')")).toBe(0);
    expect(scalar(t, "SELECT COUNT(DISTINCT currency) FROM exchange_rate")).toBe(3);
    expect(scalar(t, "SELECT idr_per_unit FROM exchange_rate WHERE currency = 'USD' AND valid_on = '2025-04-01'")).toBe(16_808);
    expect(scalar(t, "SELECT MIN(idr_per_unit) FROM exchange_rate WHERE currency = 'USD'")).toBeGreaterThan(14_000);
    expect(scalar(t, "SELECT MAX(idr_per_unit) FROM exchange_rate WHERE currency = 'USD'")).toBeLessThan(17_500);
    expect(scalar(t, "SELECT COUNT(*) FROM sales_order WHERE currency = 'USD'")).toBeGreaterThan(0);
    // The rate of the order date, else the latest of at most 7 days before (shared/rates.ts).
    const mismatched = scalar(
      t,
      `SELECT COUNT(*) FROM sales_order o
       WHERE (o.currency = 'IDR' AND o.idr_rate IS NOT NULL) OR (o.currency <> 'IDR' AND (o.idr_rate IS NULL OR o.idr_rate <> (
         SELECT r.idr_per_unit FROM exchange_rate r WHERE r.currency = o.currency AND r.valid_on <= o.order_date AND r.valid_on >= date(o.order_date, '-7 days')
         ORDER BY r.valid_on DESC LIMIT 1)))`,
    );
    expect(mismatched).toBe(0);
    expect(scalar(t, 'SELECT COUNT(*) FROM sales_order o JOIN buyer b ON b.id = o.buyer_id WHERE o.currency <> b.currency')).toBe(0);
  });

  it('gives orders statuses that fit their dates as seen from today', () => {
    const bad = (where: string) => scalar(t, `SELECT COUNT(*) FROM sales_order WHERE ${where}`, { today: TODAY });
    expect(bad('order_date > @today')).toBe(0);
    expect(bad("status IN ('shipped', 'closed') AND ship_by >= @today")).toBe(0);
    expect(bad("status IN ('draft', 'confirmed', 'in-production', 'ready') AND ship_by < date(@today, '-14 days')")).toBe(0);
    expect(bad("status = 'draft' AND ship_by <= @today")).toBe(0);
    expect(bad('julianday(ship_by) - julianday(order_date) NOT BETWEEN 14 AND 84')).toBe(0);
    const statuses = new Set(all<{ status: string }>(t, 'SELECT DISTINCT status FROM sales_order').map((r) => r.status));
    for (const status of ['closed', 'shipped', 'cancelled', 'confirmed', 'in-production', 'ready']) expect(statuses.has(status), status).toBe(true);
    expect(bad("ship_by > date(@today, '+1 month')")).toBeGreaterThan(0);
  });

  it('sells mostly at home and exports most to the USA, then Japan, the Low Countries, Malaysia and China', () => {
    const countBy = (column: string) =>
      Object.fromEntries(
        all<{ key: string; n: number }>(t, `SELECT b.${column} AS key, COUNT(*) AS n FROM sales_order o JOIN buyer b ON b.id = o.buyer_id GROUP BY 1`).map((r) => [r.key, r.n]),
      );
    const byKind = countBy('kind');
    expect(byKind.export).toBeLessThan((byKind.domestic ?? 0) + (byKind.marketplace ?? 0));
    expect(byKind.government).toBeGreaterThan(0);
    const byCountry = countBy('country');
    expect(byCountry.US).toBeGreaterThan(byCountry.JP);
    expect(byCountry.JP).toBeGreaterThan(byCountry.BE + byCountry.NL);
    expect(byCountry.BE + byCountry.NL).toBeGreaterThan(byCountry.MY);
    expect(byCountry.MY).toBeGreaterThan(byCountry.CN);
    const qty = (kind: string) =>
      all<{ low: number; high: number }>(
        t,
        `SELECT MIN(l.qty) AS low, MAX(l.qty) AS high FROM order_line l
         JOIN sales_order o ON o.id = l.order_id JOIN buyer b ON b.id = o.buyer_id WHERE b.kind ${kind}`,
      )[0];
    expect(qty("= 'export'").low).toBeGreaterThanOrEqual(200);
    expect(qty("= 'export'").high).toBeLessThanOrEqual(3_000);
    expect(qty("<> 'export'").low).toBeGreaterThanOrEqual(20);
    expect(qty("<> 'export'").high).toBeLessThanOrEqual(500);
  });

  it('writes one audit line per supply table, not one per row', async () => {
    for (const entity of ['product', 'material', 'stock', 'buyer', 'rate', 'order'] as const) {
      const entries = await t.must('audit:list', { entity, limit: 100 });
      expect(entries, entity).toHaveLength(1);
      expect(entries[0].summary).toMatch(/demo: \d+/);
    }
  });
});
