import { afterEach, describe, expect, it } from 'vitest';
import { openSession, type Session } from './harness';
import { orderForm, ordersScreen } from './pages/orders';
import { assignmentsView, planScreen, spkBatch } from './pages/plan';
import { poForm, purchasesScreen } from './pages/purchases';
import { spkSheet } from './pages/sheets';
import { toolbar } from './pages/shell';
import { shipmentForm, shipmentsScreen } from './pages/shipments';
import { rows } from './pages/kit';

describe('a new order, PO, shipment and SPK get the number they suggest', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('opens each new form with the next number and saves the record under it', { timeout: 60_000 }, async () => {
    session = await openSession({
      demo: true,
      async arrange(backend) {
        await backend.must('plan:run', {});
      },
    });
    const { page, backend } = session;
    const next = async (kind: 'order' | 'purchase' | 'shipment' | 'spk') => (await backend.must('numbers:next', { kind })).no;

    // An order: the number is suggested and kept; saved with Ctrl+S.
    const orderNo = await next('order');
    await ordersScreen(page).open(session);
    await toolbar(page).add.click();
    await expect.poll(() => orderForm(page).orderNo.inputValue()).toBe(orderNo);
    await orderForm(page).buyer.selectOption('BE-MVH');
    await orderForm(page).shipBy.fill('15/03/2027');
    await orderForm(page).line(0).product.selectOption({ index: 1 });
    await orderForm(page).line(0).qty.fill('120');
    await orderForm(page).line(0).price.fill('12,50');
    await page.keyboard.press('Control+s');
    await orderForm(page).form.waitFor({ state: 'detached' });
    expect((await backend.must('orders:page', { search: orderNo })).rows.map((row) => row.orderNo)).toEqual([orderNo]);

    // A purchase order.
    const poNo = await next('purchase');
    await purchasesScreen(page).open(session);
    await toolbar(page).add.click();
    await expect.poll(() => poForm(page).poNo.inputValue()).toBe(poNo);
    await poForm(page).supplier.fill('CV Kulit Garut');
    await poForm(page).expectedOn.fill('07/12/2026');
    await poForm(page).line(0).material.selectOption({ index: 1 });
    await poForm(page).line(0).qty.fill('10');
    await poForm(page).line(0).cost.fill('1000');
    await poForm(page).saveAndClose();
    expect((await backend.must('purchases:list', {})).map((po) => po.poNo)).toContain(poNo);

    // A shipment: the year's next number, whatever rows the list shows.
    const shipmentNo = await next('shipment');
    await shipmentsScreen(page).open(session);
    await toolbar(page).add.click();
    await expect.poll(() => shipmentForm(page).no.inputValue()).toBe(shipmentNo);
    await shipmentForm(page).buyer.selectOption('BE-MVH');
    await shipmentForm(page).line(0).all.click();
    await shipmentForm(page).save.click();
    // A saved shipment stays open for its papers, under its number.
    await shipmentForm(page).formOf(shipmentNo).waitFor();
    expect((await backend.must('shipments:list', {})).map((shipment) => shipment.shipmentNo)).toContain(shipmentNo);
    await page.keyboard.press('Escape');
    await shipmentForm(page).form.waitFor({ state: 'detached' });

    // SPKs: numbered by the system as they are issued; the batch says which numbers they will get.
    const firstSpk = await next('spk');
    await planScreen(page).open(session);
    await planScreen(page).viewAssignments.click();
    await rows(assignmentsView(page).grid).first().locator('.ag-cell[col-id="orderNo"]').click();
    await assignmentsView(page).batch.click();
    const shown = await spkBatch(page).numbers.textContent();
    expect(shown).toMatch(new RegExp(`^Nomor SPK yang akan diberikan: ${firstSpk}( s\\.d\\. SPK-\\d{4}-\\d{5})?$`));
    await spkBatch(page).go.click();
    await spkSheet(page).page.first().waitFor();
    const orderOfBatch = decodeURIComponent(page.url().split('#/print/spk-order/')[1] ?? '');
    // The order's SPKs issued just now (some may have been issued before, under lower numbers).
    const issued = (await backend.must('spk:list', { orderNo: orderOfBatch })).flatMap((spk) => (spk.spkNo && spk.spkNo >= firstSpk ? [spk.spkNo] : [])).sort();
    expect([issued[0], issued.at(-1)]).toEqual([firstSpk, /s\.d\. (\S+)$/.exec(shown ?? '')?.[1] ?? firstSpk]);
    expect(session.problems).toEqual([]);
  });
});
