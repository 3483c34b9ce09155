import { afterEach, describe, expect, it } from 'vitest';
import { openSession, type Session } from './harness';

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
    await page.goto(session.url('#/orders'));
    await page.getByTestId('toolbar-add').click();
    await expect.poll(() => page.getByTestId('order-orderNo').inputValue()).toBe(orderNo);
    await page.getByTestId('order-buyer').selectOption('BE-MVH');
    await page.getByTestId('order-shipBy').fill('15/03/2027');
    await page.getByTestId('order-line-0-product').selectOption({ index: 1 });
    await page.getByTestId('order-line-0-qty').fill('120');
    await page.getByTestId('order-line-0-price').fill('12,50');
    await page.keyboard.press('Control+s');
    await page.getByTestId('order-form').waitFor({ state: 'detached' });
    expect((await backend.must('orders:page', { search: orderNo })).rows.map((row) => row.orderNo)).toEqual([orderNo]);

    // A purchase order.
    const poNo = await next('purchase');
    await page.goto(session.url('#/purchases'));
    await page.getByTestId('toolbar-add').click();
    await expect.poll(() => page.getByTestId('po-poNo').inputValue()).toBe(poNo);
    await page.getByTestId('po-supplier').fill('CV Kulit Garut');
    await page.getByTestId('po-expectedOn').fill('07/12/2026');
    await page.getByTestId('po-line-0-material').selectOption({ index: 1 });
    await page.getByTestId('po-line-0-qty').fill('10');
    await page.getByTestId('po-line-0-cost').fill('1000');
    await page.getByTestId('po-form-save').click();
    await page.getByTestId('po-form').waitFor({ state: 'detached' });
    expect((await backend.must('purchases:list', {})).map((po) => po.poNo)).toContain(poNo);

    // A shipment: the year's next number, whatever rows the list shows.
    const shipmentNo = await next('shipment');
    await page.goto(session.url('#/shipments'));
    await page.getByTestId('toolbar-add').click();
    await expect.poll(() => page.getByTestId('shipment-no').inputValue()).toBe(shipmentNo);
    await page.getByTestId('shipment-buyer').selectOption('BE-MVH');
    await page.getByTestId('shipment-line-0-all').click();
    await page.getByTestId('shipment-form-save').click();
    // A saved shipment stays open for its papers, under its number.
    await page.locator(`dialog[data-testid="shipment-form"][aria-label^="Pengapalan ${shipmentNo} "]`).waitFor();
    expect((await backend.must('shipments:list', {})).map((shipment) => shipment.shipmentNo)).toContain(shipmentNo);
    await page.keyboard.press('Escape');
    await page.getByTestId('shipment-form').waitFor({ state: 'detached' });

    // SPKs: numbered by the system as they are issued; the batch says which numbers they will get.
    const firstSpk = await next('spk');
    await page.goto(session.url('#/plan'));
    await page.getByTestId('plan-view-assignments').click();
    await page.getByTestId('assignments-grid').locator('.ag-row').first().locator('.ag-cell[col-id="orderNo"]').click();
    await page.getByTestId('assignment-batch').click();
    const shown = await page.getByTestId('spk-batch-numbers').textContent();
    expect(shown).toMatch(new RegExp(`^Nomor SPK yang akan diberikan: ${firstSpk}( s\\.d\\. SPK-\\d{4}-\\d{5})?$`));
    await page.getByTestId('spk-batch-go').click();
    await page.getByTestId('spk-page').first().waitFor();
    const orderOfBatch = decodeURIComponent(page.url().split('#/print/spk-order/')[1] ?? '');
    // The order's SPKs issued just now (some may have been issued before, under lower numbers).
    const issued = (await backend.must('spk:list', { orderNo: orderOfBatch })).flatMap((spk) => (spk.spkNo && spk.spkNo >= firstSpk ? [spk.spkNo] : [])).sort();
    expect([issued[0], issued.at(-1)]).toEqual([firstSpk, /s\.d\. (\S+)$/.exec(shown ?? '')?.[1] ?? firstSpk]);
    expect(session.problems).toEqual([]);
  });
});
