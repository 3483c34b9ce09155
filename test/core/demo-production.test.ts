import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { PIECE_RATES } from '../../main/core/demo/piece-rates';

const TODAY = '2026-11-23';
let t: TempApp;
beforeAll(async () => {
  t = await tempApp({ today: TODAY });
  await t.must('demo:create', { seed: 1976 });
});
afterAll(() => t.close());

function scalar(sql: string, ...params: unknown[]): number {
  return (t.app.db.prepare(sql).pluck().get(...params) as number | null) ?? 0;
}

describe('the demonstration centre’s production', () => {
  it('has the past delivered: SPKs handed in, mostly in full, some late, a few percent rejected, and pay that follows', async () => {
    expect(scalar("SELECT COUNT(*) FROM work_assignment WHERE status = 'done'")).toBeGreaterThan(500);
    expect(scalar("SELECT COUNT(*) FROM work_assignment WHERE status IN ('issued', 'in-progress')")).toBeGreaterThan(0);
    // The progress kept on each SPK is the sum of its deliveries, never more than it holds, never before it starts or after today.
    expect(scalar(`SELECT COUNT(*) FROM work_assignment a WHERE a.delivered_qty <> (SELECT COALESCE(SUM(accepted + rejected), 0) FROM delivery WHERE assignment_id = a.id)
       OR a.rejected_qty <> (SELECT COALESCE(SUM(rejected), 0) FROM delivery WHERE assignment_id = a.id) OR a.delivered_qty > a.qty`)).toBe(0);
    expect(scalar('SELECT COUNT(*) FROM delivery d JOIN work_assignment a ON a.id = d.assignment_id WHERE d.delivered_on < a.start_on OR d.delivered_on > ?', TODAY)).toBe(0);
    expect(scalar('SELECT COUNT(*) FROM delivery d JOIN work_assignment a ON a.id = d.assignment_id WHERE d.delivered_on > a.due_on')).toBeGreaterThan(0);
    // Ready, shipped and closed orders made through SPKs were accepted in full before they left.
    const short = scalar(`SELECT COUNT(*) FROM order_line l JOIN sales_order o ON o.id = l.order_id
       WHERE o.status IN ('ready', 'shipped', 'closed') AND EXISTS (SELECT 1 FROM work_assignment WHERE order_line_id = l.id)
         AND l.qty <> (SELECT SUM(delivered_qty - rejected_qty) FROM work_assignment WHERE order_line_id = l.id)`);
    expect(short).toBe(0);
    expect(scalar("SELECT COUNT(*) FROM sales_order o WHERE o.status IN ('shipped', 'closed') AND EXISTS (SELECT 1 FROM order_line l JOIN work_assignment a ON a.order_line_id = l.id JOIN delivery d ON d.assignment_id = a.id WHERE l.order_id = o.id AND d.delivered_on >= o.ship_by)")).toBe(0);

    const report = await t.must('reports:production', { from: '2026-01', to: '2026-11' });
    expect(report.missingMonths).toEqual([]);
    expect(report.rejectPct).toBeGreaterThanOrEqual(1);
    expect(report.rejectPct).toBeLessThanOrEqual(4);
    expect(report.total.valueIdr).toBeGreaterThan(0);
    expect(report.utilisationPct).toBeGreaterThan(0);

    const slips = await t.must('pieceRates:statement', { from: '2026-10-01', to: '2026-10-31' });
    expect(slips.length).toBeGreaterThan(10);
    expect(slips.some((slip) => slip.advances > 0)).toBe(true);
    for (const slip of slips) expect(slip.gross, slip.unitCode).toBe(slip.lines.reduce((sum, line) => sum + line.amount, 0));
    // Material went to the workshops whose work needs it, so the cooperative's leather is not charged as overuse.
    expect(slips.filter((slip) => slip.materialOveruse > 0).length).toBeLessThan(slips.length / 10);
  });

  it('has its SPKs numbered by year of issue with the piece rate they were issued at, and products priced per piece', async () => {
    expect(scalar("SELECT COUNT(*) FROM work_assignment WHERE status <> 'planned' AND (spk_no IS NULL OR piece_rate <= 0 OR rate_basis IS NULL OR issued_on > start_on)")).toBe(0);
    expect(scalar("SELECT COUNT(DISTINCT spk_no) FROM work_assignment WHERE status <> 'planned'")).toBe(scalar("SELECT COUNT(*) FROM work_assignment WHERE status <> 'planned'"));
    expect(scalar("SELECT COUNT(*) FROM work_assignment WHERE spk_no NOT LIKE 'SPK-' || substr(issued_on, 1, 4) || '-_____'")).toBe(0);
    // The Kirana tote at its price-list rate (15 % of its FOB); a few cheap lines priced from their minutes.
    const products = await t.must('products:list', {});
    expect(products.find((p) => p.sku === 'TWK-001')?.pieceRate).toBe(PIECE_RATES['TWK-001']);
    expect(products.filter((p) => p.pieceRate === null).map((p) => p.sku)).toEqual(['GTK-001', 'GTK-002', 'SDS-001', 'TRS-003', 'TWS-006']);
    expect(scalar("SELECT COUNT(*) FROM work_assignment WHERE rate_basis = 'minutes'")).toBeGreaterThan(0);
    // Every delivered piece of October is paid at its own SPK's rate.
    const slips = await t.must('pieceRates:statement', { from: '2026-10-01', to: '2026-10-31' });
    const lines = slips.flatMap((slip) => slip.lines);
    const rates = t.app.db.prepare('SELECT spk_no AS spkNo, piece_rate AS rate FROM work_assignment WHERE spk_no IS NOT NULL').all() as { spkNo: string; rate: number }[];
    const byNo = new Map(rates.map((r) => [r.spkNo, r.rate]));
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(line.rate, line.spkNo ?? '').toBe(byNo.get(line.spkNo ?? ''));
  });

  it('issues material only to workshops holding an SPK of a product that needs it, started within the week', () => {
    expect(scalar("SELECT COUNT(*) FROM stock_movement WHERE kind = 'issue'")).toBeGreaterThan(1_000);
    const stray = scalar(`SELECT COUNT(*) FROM stock_movement m WHERE m.kind = 'issue' AND NOT EXISTS (
        SELECT 1 FROM work_assignment a JOIN order_line l ON l.id = a.order_line_id JOIN bom_line b ON b.product_id = l.product_id
        WHERE a.unit_id = m.unit_id AND b.material_id = m.material_id AND a.start_on BETWEEN date(m.moved_on, '-14 days') AND date(m.moved_on, '+1 day'))`);
    expect(stray).toBe(0);
  });

  it('counts each export month once: history before the first shipment made in the app, shipments from then on', () => {
    const first = t.app.db.prepare("SELECT MIN(substr(COALESCE(peb_date, etd), 1, 7)) FROM shipment WHERE status IN ('shipped', 'closed')").pluck().get();
    const lastHistory = t.app.db.prepare("SELECT MAX(printf('%d-%02d', year, month)) FROM export_history").pluck().get();
    expect(typeof first === 'string' && typeof lastHistory === 'string' && lastHistory < first).toBe(true);
  });

  it('leaves export orders of buyers in two countries ready to ship, and one in production', async () => {
    const ready = t.app.db
      .prepare(`SELECT o.order_no AS orderNo, b.buyer_code AS buyerCode, b.country FROM sales_order o JOIN buyer b ON b.id = o.buyer_id
         WHERE b.kind = 'export' AND o.status = 'ready' AND NOT EXISTS (SELECT 1 FROM order_line l JOIN shipment_line sl ON sl.order_line_id = l.id WHERE l.order_id = o.id)`)
      .all() as { orderNo: string; buyerCode: string; country: string }[];
    expect(new Set(ready.map((order) => order.country)).size).toBeGreaterThanOrEqual(2);
    for (const order of ready) {
      const lines = (await t.must('shipments:openLines', { buyerCode: order.buyerCode })).filter((line) => line.orderNo === order.orderNo);
      expect(lines.length, order.orderNo).toBeGreaterThan(0);
      expect(lines.every((line) => line.openQty === line.orderedQty)).toBe(true);
    }
    expect(scalar("SELECT COUNT(*) FROM sales_order o JOIN buyer b ON b.id = o.buyer_id WHERE b.kind = 'export' AND o.status = 'in-production'")).toBeGreaterThan(0);
  });

  // Last: it runs the plan, which adds the plan's own SPKs.
  it('leaves the first plan run real work: dozens of confirmed lines due in the coming weeks, with no SPK yet', async () => {
    const waiting = scalar(
      `SELECT COUNT(*) FROM order_line l JOIN sales_order o ON o.id = l.order_id WHERE o.status = 'confirmed' AND o.ship_by BETWEEN @today AND date(@today, '+84 days')
         AND NOT EXISTS (SELECT 1 FROM work_assignment a WHERE a.order_line_id = l.id)`,
      { today: TODAY },
    );
    expect(waiting).toBeGreaterThanOrEqual(30);
    const plan = await t.must('plan:run', {});
    expect(plan.linesPlanned).toBeGreaterThanOrEqual(30);
    expect(plan.assignments.filter((assignment) => assignment.status === 'planned').length).toBeGreaterThanOrEqual(60);
    expect(plan.late.length).toBeGreaterThan(0);
    expect(new Set(plan.purchases.map((suggestion) => suggestion.supplierName)).size).toBeGreaterThanOrEqual(5);
  });

  it('puts the plan-revision triggers back after its bulk writes: a write to a delivery still changes the token', () => {
    expect(scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%plan_revision'")).toBe(9);
    const before = scalar('SELECT token FROM plan_revision');
    t.app.db.prepare('UPDATE delivery SET note = note WHERE id = (SELECT MIN(id) FROM delivery)').run();
    expect(scalar('SELECT token FROM plan_revision')).not.toBe(before);
  });
});
