import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { seedCentre } from '../planning/centre';

// An order line that has work assigned to it is the SPK's product and quantity: saving the order
// must never leave that SPK pointing at another product or at nothing.
let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
  seedCentre(t.app.db);
  t.app.db.prepare("UPDATE product SET labour_minutes = 300 WHERE sku IN ('TAS-01', 'DOM-01')").run();
  t.app.db.prepare("INSERT INTO unit_category (unit_id, category_code) SELECT id, 'dompet' FROM business_unit WHERE unit_code = 'UB'").run();
});
afterEach(() => t.close());

const order = {
  orderNo: 'DOM-7', buyerCode: 'DOM', orderDate: '2026-11-20', shipBy: '2027-02-26', currency: 'IDR', status: 'confirmed',
  note: null, buyerPo: null, buyerPoDate: null,
  lines: [{ sku: 'TAS-01', qty: 200, unitPrice: 350_000 }, { sku: 'DOM-01', qty: 300, unitPrice: 120_000 }],
} as const;

async function spkProducts() {
  return (await t.must('plan:assignments', { limit: 1000 })).filter((r) => r.orderNo === 'DOM-7').map((r) => r.sku);
}

describe('an order line with SPKs', () => {
  it('cannot be removed, neither the last line nor one before it, and the SPK keeps its product', async () => {
    const saved = await t.must('orders:save', { ...order, lines: [...order.lines] });
    const [first, second] = saved.lines;
    await t.must('plan:assign', { orderLineId: first!.id, unitCode: 'UA', qty: 50, start: '2026-11-23' });
    await t.must('plan:assign', { orderLineId: second!.id, unitCode: 'UB', qty: 60, start: '2026-11-23' });
    const before = await spkProducts();

    for (const kept of [[order.lines[0]], [order.lines[1]]]) {
      const refused = await t.call('orders:save', { ...order, id: saved.id, lines: kept });
      expect(refused).toMatchObject({ ok: false, error: { code: 'LOCKED_RECORD', details: { reason: 'referenced' } } });
    }
    expect(await spkProducts()).toEqual(before);
    expect((await t.must('orders:get', { id: saved.id })).lines.map((l) => l.sku)).toEqual(['TAS-01', 'DOM-01']);
  });

  it('cannot be removed when the line after it has no work: the lines below do not slide into its place', async () => {
    const saved = await t.must('orders:save', { ...order, lines: [...order.lines] });
    await t.must('plan:assign', { orderLineId: saved.lines[0]!.id, unitCode: 'UA', qty: 50, start: '2026-11-23' });
    const refused = await t.call('orders:save', { ...order, id: saved.id, lines: [order.lines[1]] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'LOCKED_RECORD', details: { reason: 'referenced', line: 1 } } });
    expect(refused.ok ? '' : refused.error.message).toContain('1 (TAS-01)');
    expect(await spkProducts()).toEqual(['TAS-01']);
    expect((await t.must('orders:get', { id: saved.id })).lines.map((l) => l.sku)).toEqual(['TAS-01', 'DOM-01']);
  });

  it('may change its quantity and price, and a line without work may still go', async () => {
    const saved = await t.must('orders:save', { ...order, lines: [...order.lines] });
    await t.must('plan:assign', { orderLineId: saved.lines[0]!.id, unitCode: 'UA', qty: 50, start: '2026-11-23' });
    const after = await t.must('orders:save', { ...order, id: saved.id, lines: [{ sku: 'TAS-01', qty: 240, unitPrice: 360_000 }] });
    expect(after.lines).toMatchObject([{ sku: 'TAS-01', qty: 240, unitPrice: 360_000 }]);
    expect(await spkProducts()).toEqual(['TAS-01']);
  });
});
