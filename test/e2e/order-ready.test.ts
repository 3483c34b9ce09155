import { afterEach, describe, expect, it } from 'vitest';
import { openSession, type Session } from './harness';
import { dashboardScreen } from './pages/dashboard';
import { orderForm, ordersScreen } from './pages/orders';
import { planScreen } from './pages/plan';
import { poForm, purchasesScreen, toBuy } from './pages/purchases';
import { notice, toolbar } from './pages/shell';

const idNumber = (value: number) => new Intl.NumberFormat('id-ID').format(value);

/**
 * Made before it ships, and what to buy, on the demo centre: an order in production with goods
 * still missing is not ready on a click; a manager forces it with a reason, sees the SPKs it
 * closes and finds the reason in the history. The list to buy, the plan, the dashboard and the
 * materials report count the same open suggestions, and a PO takes them off every one.
 */
describe('made before it ships, and what to buy', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('asks a reason for a ready order deliveries do not cover, lists the SPKs it closes, and keeps the reason in the history', async () => {
    session = await openSession({
      demo: true,
      async arrange(backend) {
        await backend.must('plan:run', {});
      },
    });
    const { page, backend } = session;
    // A demo order in production with pieces still to come, and SPKs still open.
    const { rows } = await backend.must('orders:page', { status: ['in-production'], limit: 100 });
    const candidates = await Promise.all(rows.map(async (row) => ({
      order: await backend.must('orders:get', { id: row.id }),
      open: (await backend.must('plan:assignments', { orderNo: row.orderNo, open: true })).length,
    })));
    const chosen = candidates.find(({ order, open }) => open > 0 && order.lines.some((line) => line.acceptedQty < line.qty));
    if (!chosen) throw new Error('the demo should have an order in production not yet made, with SPKs open');
    const { order, open } = chosen;

    await ordersScreen(page).open(session);
    await toolbar(page).search.fill(order.orderNo);
    const row = ordersScreen(page).row(order.orderNo);
    await row.dblclick();
    await orderForm(page).toReady.click();
    const short = order.lines.filter((line) => line.acceptedQty < line.qty);
    await orderForm(page).readyDialog.waitFor();
    expect(await orderForm(page).readyShort.locator('li').count()).toBe(short.length);
    expect(await orderForm(page).readyShort.textContent()).toContain(
      `${short[0].sku} — diterima ${idNumber(short[0].acceptedQty)} dari ${idNumber(short[0].qty)} pcs`,
    );
    // No reason, no step.
    await orderForm(page).readyForce.click();
    await orderForm(page).readyReasonError.filter({ hasText: 'paling sedikit 10 huruf' }).waitFor();
    expect((await backend.must('orders:get', { id: order.id })).status).toBe('in-production');
    const reason = 'Sisa barang dari stok gudang koperasi, diperiksa QC';
    await orderForm(page).readyReason.fill(reason);
    await orderForm(page).readyForce.click();
    await orderForm(page).status.filter({ hasText: 'Siap kirim' }).waitFor();
    expect(await orderForm(page).closedWorkLine.count()).toBe(open);
    await orderForm(page).readyReasonShown.filter({ hasText: reason }).waitFor();
    await orderForm(page).history.locator('summary').click();
    await orderForm(page).historyReason.filter({ hasText: reason }).waitFor();
    expect(await backend.must('plan:assignments', { orderNo: order.orderNo, open: true })).toEqual([]);
    expect(session.problems).toEqual([]);
  });

  it('counts the same open suggestions on the plan, the list to buy, the dashboard and the materials report, and a PO takes them off', async () => {
    session = await openSession({
      demo: true,
      async arrange(backend) {
        await backend.must('plan:run', {});
      },
    });
    const { page, backend } = session;
    const plan = await backend.must('plan:last', {});
    const total = plan?.purchases.length ?? 0;
    expect(total).toBeGreaterThan(0);

    await planScreen(page).open(session);
    await planScreen(page).purchases.locator('.count-value').filter({ hasText: idNumber(total) }).waitFor();
    await page.goto(session.url('#/'));
    await dashboardScreen(page).kpiBuyValue.filter({ hasText: idNumber(total) }).waitFor();
    expect((await backend.must('reports:materials', {})).plan?.lines).toHaveLength(total);

    await purchasesScreen(page).open(session);
    await toBuy(page).summary.filter({ hasText: `${idNumber(total)} saran pembelian` }).waitFor();
    const suppliers = await toBuy(page).supplier.count();
    await poForm(page).fromPlan.click();
    await notice(page).says(`${idNumber(total)} dari ${idNumber(total)} saran pembelian kini ada di PO; 0 saran masih harus dibeli.`);
    await toBuy(page).ordered.waitFor();
    expect(await toBuy(page).line.count()).toBe(0);
    expect((await backend.must('purchases:list', {})).length).toBe(suppliers);

    await planScreen(page).open(session);
    await planScreen(page).purchases.locator('.count-value').filter({ hasText: /^0$/ }).waitFor();
    await page.goto(session.url('#/'));
    await dashboardScreen(page).kpiBuyValue.filter({ hasText: /^0$/ }).waitFor();
    const report = await backend.must('reports:materials', {});
    expect([report.plan?.lines.length, report.plan?.onPurchaseOrders]).toEqual([0, total]);
    expect(session.problems).toEqual([]);
  });
});
