import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/result';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { addOrder, seedCentre } from '../planning/centre';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
  seedCentre(t.app.db);
  // Thread comes from a second supplier, so the plan's suggestions pool into two orders.
  const now = '2026-11-01T00:00:00.000Z';
  t.app.db.prepare("INSERT INTO supplier (id, name, created_at, updated_at) VALUES (2, 'Toko Benang Sidoarjo', ?, ?)").run(now, now);
  t.app.db.prepare('UPDATE material SET supplier_id = 2 WHERE id = 2').run();
});
afterEach(() => t.close());

function refusal<T>(result: Result<T>) {
  if (result.ok) throw new Error('expected the call to be refused');
  return result.error;
}

function scalar(sql: string): number {
  return (t.app.db.prepare(sql).pluck().get() as number) ?? 0;
}

const draft = {
  supplier: 'CV Kulit Garut',
  orderDate: '2026-11-23',
  expectedOn: '2026-12-07',
  lines: [{ materialCode: 'KLT-SAPI', qty: 100, unitCost: 45_000 }, { materialCode: 'bng-01', qty: 2000, unitCost: 20 }],
};

describe('purchase orders', () => {
  it('saves a draft, numbering it by year and creating the supplier on first use', async () => {
    const po = await t.must('purchases:save', draft);
    expect(po).toMatchObject({ poNo: 'PO-2026-0001', supplier: 'CV Kulit Garut', status: 'draft', currency: 'IDR', value: 4_540_000, planRunId: null });
    expect(po.lines.map((l) => [l.materialCode, l.qty, l.receivedQty])).toEqual([['KLT-SAPI', 100, 0], ['BNG-01', 2000, 0]]);
    expect((await t.must('purchases:save', draft)).poNo).toBe('PO-2026-0002');
    expect((await t.must('purchases:save', { ...draft, orderDate: '2027-01-04', expectedOn: '2027-01-10' })).poNo).toBe('PO-2027-0001');
    expect(scalar("SELECT COUNT(*) FROM supplier WHERE name = 'CV Kulit Garut'")).toBe(1);
    // Edited while a draft: lines replaced, number kept.
    const edited = await t.must('purchases:save', { ...draft, id: po.id, lines: [{ materialCode: 'KLT-SAPI', qty: 50, unitCost: 44_000 }] });
    expect(edited).toMatchObject({ poNo: 'PO-2026-0001', value: 2_200_000, lines: [{ materialCode: 'KLT-SAPI', qty: 50 }] });
    expect(await t.must('purchases:list', { status: 'draft' })).toHaveLength(3);
    expect(scalar("SELECT COUNT(*) FROM audit_log WHERE entity = 'purchase'")).toBe(4);
  });

  it('refuses unknown or repeated materials, a taken number, mixed currencies and a date before the order', async () => {
    await t.must('purchases:save', { ...draft, poNo: 'PO-X' });
    expect(refusal(await t.call('purchases:save', { ...draft, lines: [{ materialCode: 'NOPE', qty: 1, unitCost: 1 }] })).message).toContain('NOPE');
    expect(refusal(await t.call('purchases:save', { ...draft, lines: [...draft.lines, { materialCode: 'KLT-SAPI', qty: 1, unitCost: 1 }] })).message).toBe(
      'Bahan KLT-SAPI tercantum lebih dari sekali dalam PO ini.',
    );
    expect(refusal(await t.call('purchases:save', { ...draft, poNo: 'po-x' })).code).toBe('DUPLICATE');
    expect(refusal(await t.call('purchases:save', { ...draft, expectedOn: '2026-11-01' })).details).toEqual({ field: 'expectedOn' });
    t.app.db.prepare("UPDATE material SET currency = 'USD' WHERE id = 2").run();
    const mixed = refusal(await t.call('purchases:save', draft));
    expect(mixed.message).toContain('USD');
    expect(mixed).toMatchObject({ code: 'MIXED_CURRENCY', details: { field: 'lines', line: 2, currency: 'IDR', other: 'USD' } });
    expect(refusal(await t.call('purchases:save', { ...draft, lines: [] })).code).toBe('INVALID_INPUT');
    expect(scalar('SELECT COUNT(*) FROM purchase_order')).toBe(1);
    expect(scalar('SELECT COUNT(*) FROM purchase_line')).toBe(2);
  });

  it('moves draft → ordered → received, cancels only from draft or ordered, and locks a non-draft', async () => {
    const po = await t.must('purchases:save', draft);
    expect((await t.must('purchases:setStatus', { id: po.id, status: 'ordered' })).status).toBe('ordered');
    const locked = refusal(await t.call('purchases:save', { ...draft, id: po.id }));
    expect(locked.message).toBe('PO PO-2026-0001 berstatus dipesan; hanya PO draf yang boleh diubah.');
    expect(locked).toMatchObject({ code: 'LOCKED_RECORD', details: { entity: 'purchase', id: po.id, reason: 'status', status: 'ordered' } });
    expect(refusal(await t.call('purchases:setStatus', { id: po.id, status: 'draft' })).message).toBe(
      'Status PO PO-2026-0001 tidak bisa diubah dari dipesan ke draf.',
    );
    expect((await t.must('purchases:setStatus', { id: po.id, status: 'cancelled' })).status).toBe('cancelled');
    expect(refusal(await t.call('purchases:setStatus', { id: po.id, status: 'ordered' }))).toMatchObject({
      code: 'BAD_TRANSITION', details: { field: 'status', entity: 'purchase', from: 'cancelled', to: 'ordered', allowed: [] },
    });
    expect(refusal(await t.call('purchases:get', { id: 999 })).code).toBe('NOT_FOUND');
  });

  it('receives into the stock ledger in one transaction and closes the order when all is in', async () => {
    const po = await t.must('purchases:save', draft);
    expect(refusal(await t.call('purchases:receive', { id: po.id, receivedOn: '2026-12-01', lines: [{ materialCode: 'KLT-SAPI', qty: 10 }] })).message).toBe(
      'PO PO-2026-0001 berstatus draf; hanya PO yang sudah dipesan yang bisa diterima.',
    );
    await t.must('purchases:setStatus', { id: po.id, status: 'ordered' });
    const part = await t.must('purchases:receive', { id: po.id, receivedOn: '2026-12-01', lines: [{ materialCode: 'KLT-SAPI', qty: 60.5 }] });
    expect(part.status).toBe('ordered');
    expect(part.lines[0].receivedQty).toBe(60.5);
    // One good line and one too many: nothing of either is written.
    const error = refusal(
      await t.call('purchases:receive', { id: po.id, receivedOn: '2026-12-02', lines: [{ materialCode: 'BNG-01', qty: 2000 }, { materialCode: 'KLT-SAPI', qty: 40 }] }),
    );
    expect(error.message).toBe('Sisa Kulit sapi yang belum diterima di PO PO-2026-0001 tinggal 39,5 sqft; penerimaan 40 sqft melebihinya.');
    expect(error.code).toBe('OVER_RECEIPT');
    expect(error.details).toEqual({ field: 'lines', line: 2, open: 39.5, qty: 40 });
    expect(scalar("SELECT COUNT(*) FROM stock_movement WHERE kind = 'receipt'")).toBe(1);
    expect(scalar('SELECT received_qty FROM purchase_line WHERE material_id = 2')).toBe(0);
    expect(refusal(await t.call('purchases:receive', { id: po.id, receivedOn: '2026-12-02', lines: [{ materialCode: 'LEM', qty: 1 }] })).message).toBe(
      'Bahan LEM tidak ada dalam PO PO-2026-0001.',
    );
    const done = await t.must('purchases:receive', {
      id: po.id, receivedOn: '2026-12-02', lines: [{ materialCode: 'BNG-01', qty: 2000 }, { materialCode: 'KLT-SAPI', qty: 39.5 }],
    });
    expect(done.status).toBe('received');
    const movements = await t.must('stock:movements', {});
    expect(movements.filter((m) => m.kind === 'receipt').map((m) => [m.materialCode, m.qty, m.date, m.note])).toEqual(
      expect.arrayContaining([['KLT-SAPI', 60.5, '2026-12-01', 'PO-2026-0001'], ['KLT-SAPI', 39.5, '2026-12-02', 'PO-2026-0001'], ['BNG-01', 2000, '2026-12-02', 'PO-2026-0001']]),
    );
    expect((await t.must('stock:balances', { asOf: '2026-12-31' })).find((b) => b.materialCode === 'KLT-SAPI')?.onHand).toBe(220);
    expect(refusal(await t.call('purchases:receive', { id: po.id, receivedOn: '2026-12-03', lines: [{ materialCode: 'KLT-SAPI', qty: 1 }] }))).toMatchObject({
      code: 'LOCKED_RECORD', details: { entity: 'purchase', reason: 'status', status: 'received' },
    });
  });

  it('pools the last plan into one draft per supplier, once per plan run', async () => {
    expect(refusal(await t.call('purchases:fromPlan', {})).message).toBe('Belum ada rencana produksi; jalankan perencanaan lebih dahulu.');
    addOrder(t.app.db, { orderNo: 'DOM-1', buyerId: 2, shipBy: '2027-01-29', qty: 400 });
    const plan = await t.must('plan:run', {});
    const leather = plan.purchases.filter((p) => p.materialCode === 'KLT-SAPI');
    const thread = plan.purchases.filter((p) => p.materialCode === 'BNG-01');
    expect(leather.length).toBeGreaterThan(0);
    expect(thread.length).toBeGreaterThan(0);
    const made = await t.must('purchases:fromPlan', {});
    expect(made.map((po) => [po.poNo, po.supplier, po.status, po.orderDate])).toEqual([
      ['PO-2026-0001', 'Penyamakan Magetan', 'draft', '2026-11-23'],
      ['PO-2026-0002', 'Toko Benang Sidoarjo', 'draft', '2026-11-23'],
    ]);
    // Quantities as the planner rounded them, summed per material; cost from the material; expected after the longest lead time.
    expect(made[0].lines).toEqual([expect.objectContaining({ materialCode: 'KLT-SAPI', qty: leather.reduce((s, p) => s + p.qty, 0), unitCost: 45_000 })]);
    expect(made[0].expectedOn).toBe('2026-12-07');
    expect(made[1]).toMatchObject({ expectedOn: '2026-11-26', lines: [{ materialCode: 'BNG-01', qty: thread.reduce((s, p) => s + p.qty, 0), unitCost: 20 }] });
    expect(made.every((po) => po.planRunId !== null)).toBe(true);
    const again = refusal(await t.call('purchases:fromPlan', {}));
    expect(again.code).toBe('DUPLICATE');
    expect(again.message).toContain('PO-2026-0001, PO-2026-0002');
    expect(scalar('SELECT COUNT(*) FROM purchase_order')).toBe(2);
    // A new plan counts the drafts, in time for every need, as supply: nothing more to buy.
    expect((await t.must('plan:run', {})).purchases).toEqual([]);
  });

  it('makes one supplier’s order on its own, then the rest', async () => {
    addOrder(t.app.db, { orderNo: 'DOM-1', buyerId: 2, shipBy: '2027-01-29', qty: 400 });
    await t.must('plan:run', {});
    expect((await t.must('purchases:fromPlan', { supplier: 'toko benang sidoarjo' })).map((po) => po.supplier)).toEqual(['Toko Benang Sidoarjo']);
    expect(refusal(await t.call('purchases:fromPlan', { supplier: 'Toko Benang Sidoarjo' })).code).toBe('DUPLICATE');
    const rest = await t.must('purchases:fromPlan', { orderDate: '2026-11-25' });
    expect(rest.map((po) => [po.poNo, po.supplier, po.orderDate, po.expectedOn])).toEqual([['PO-2026-0002', 'Penyamakan Magetan', '2026-11-25', '2026-12-09']]);
  });
});

describe('what to buy by when', () => {
  it('lists the plan\'s suggestions not yet on a PO by supplier, and drops each one a PO takes, by plan or by hand', async () => {
    expect(await t.must('purchases:toBuy', {})).toBeNull();
    addOrder(t.app.db, { orderNo: 'DOM-1', buyerId: 2, shipBy: '2027-01-29', qty: 400 });
    const plan = await t.must('plan:run', {});
    const before = await t.must('purchases:toBuy', {});
    expect(before).toMatchObject({ planToday: '2026-11-23', suggestions: plan.purchases.length, open: plan.purchases.length, onPurchaseOrders: 0, purchaseOrders: [] });
    // One group per supplier, the earliest order-by first; each line named and costed in its material's currency.
    const groups = before?.suppliers ?? [];
    expect(groups.map((g) => g.supplierName).sort()).toEqual(['Penyamakan Magetan', 'Toko Benang Sidoarjo']);
    expect(groups[0].orderBy <= groups[1].orderBy).toBe(true);
    const leather = groups.find((g) => g.supplierName === 'Penyamakan Magetan');
    expect(leather?.lines.every((l) => l.materialName === 'Kulit sapi' && l.currency === 'IDR')).toBe(true);
    expect(leather?.cost).toEqual([{ currency: 'IDR', amount: plan.purchases.filter((p) => p.materialCode === 'KLT-SAPI').reduce((s, p) => s + p.cost, 0) }]);
    expect(before?.late).toBe(plan.purchases.filter((p) => p.late).length);

    // Thread ordered by hand after the plan ran: its suggestions are covered too.
    const byHand = await t.must('purchases:save', { supplier: 'Toko Benang Sidoarjo', orderDate: '2026-11-23', expectedOn: '2026-11-26', lines: [{ materialCode: 'BNG-01', qty: 5000, unitCost: 20 }] });
    const afterHand = await t.must('purchases:toBuy', {});
    expect(afterHand?.suppliers.map((g) => g.supplierName)).toEqual(['Penyamakan Magetan']);
    expect(afterHand?.purchaseOrders).toEqual([byHand.poNo]);
    // So making POs from the plan now orders the leather only.
    const made = await t.must('purchases:fromPlan', {});
    expect(made.map((po) => po.supplier)).toEqual(['Penyamakan Magetan']);
    const after = await t.must('purchases:toBuy', {});
    expect(after).toMatchObject({ open: 0, late: 0, onPurchaseOrders: plan.purchases.length, suppliers: [] });
    expect(refusal(await t.call('purchases:fromPlan', {})).code).toBe('DUPLICATE');

    // A material taken off the draft comes back on the list, and can be ordered again.
    await t.must('purchases:save', { id: byHand.id, supplier: 'Toko Benang Sidoarjo', orderDate: '2026-11-23', expectedOn: '2026-11-26', lines: [{ materialCode: 'KLT-SAPI', qty: 1, unitCost: 45_000 }] });
    expect((await t.must('purchases:toBuy', {}))?.suppliers.map((g) => g.supplierName)).toEqual(['Toko Benang Sidoarjo']);
    expect((await t.must('purchases:fromPlan', {})).map((po) => po.supplier)).toEqual(['Toko Benang Sidoarjo']);
  });

  it('counts a suggestion whose order-by day has passed since the plan ran as late', async () => {
    addOrder(t.app.db, { orderNo: 'DOM-1', buyerId: 2, shipBy: '2027-01-29', qty: 400 });
    const plan = await t.must('plan:run', {});
    const latest = plan.purchases.reduce((day, p) => (p.orderBy > day ? p.orderBy : day), '');
    t.app.today = () => '2027-01-30';
    expect(latest < '2027-01-30').toBe(true);
    expect((await t.must('purchases:toBuy', {}))?.late).toBe(plan.purchases.length);
  });
});
