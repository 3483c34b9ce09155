import { afterEach, describe, expect, it } from 'vitest';
import { openSession, type Session } from './harness';
import { toolbar } from './pages/shell';
import { shipmentForm, shipmentsScreen } from './pages/shipments';
import { cell, rowWhere, rows } from './pages/kit';

const number = (value: number) => new Intl.NumberFormat('id-ID').format(value);

describe('only goods that passed QC leave, on the shipment screen', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('shows what is ready per line, the kept reason of a shipment recorded after the fact, and asks for a reason when shipping beyond QC', async () => {
    let bookedNo = '';
    let historyNo = '';
    session = await openSession({
      demo: true,
      async arrange(backend) {
        // A demo shipment of goods made before the app kept deliveries: it carries its reason.
        const history = (await backend.must('shipments:list', { status: ['closed'] })).find(
          (row) => backend.app.db.prepare('SELECT qc_reason FROM shipment WHERE id = ?').pluck().get(row.id) !== null,
        );
        if (!history) throw new Error('the demo should hold a closed shipment with a QC reason');
        historyNo = history.shipmentNo;
        // The demo leaves Maison Verhaegen's order ready: book all of it, then QC takes back 12 bags of its first line.
        const [order] = (await backend.must('orders:page', { buyerCode: 'BE-MVH', status: ['ready'] })).rows;
        const lines = (await backend.must('orders:get', { id: order.id })).lines;
        const booked = await backend.must('shipments:save', {
          shipmentNo: 'EXP-2026-0900', buyerCode: 'BE-MVH', status: 'booked', etd: '2026-12-10', portOfDischarge: 'Antwerpen (BEANR)', containerType: 'LCL',
          freight: 10_000, insurance: 1_000, lines: lines.map((line) => ({ orderNo: order.orderNo, sku: line.sku, qty: line.qty })),
        });
        bookedNo = booked.shipmentNo;
        backend.app.db.prepare(
          `UPDATE delivery SET accepted = accepted - 12, rejected = rejected + 12 WHERE id = (
             SELECT d.id FROM delivery d JOIN work_assignment a ON a.id = d.assignment_id JOIN order_line l ON l.id = a.order_line_id
             WHERE l.order_id = ? AND l.line_no = 1 AND d.accepted >= 12 ORDER BY d.id LIMIT 1)`,
        ).run(order.id);
      },
    });
    const { page, backend } = session;
    const list = await backend.must('shipments:list', {});
    const history = await backend.must('shipments:get', { id: list.find((s) => s.shipmentNo === historyNo)!.id });
    await shipmentsScreen(page).open(session);
    const grid = shipmentsScreen(page).grid;
    await rows(grid).first().waitFor();

    // The history shipment: its reason is shown, and each line says what QC accepted and what is ready.
    await toolbar(page).search.fill(historyNo);
    const historyRow = rowWhere(grid, 'shipmentNo', historyNo);
    await cell(historyRow, 'shipmentNo').dblclick();
    await shipmentForm(page).locked.waitFor();
    expect(await shipmentForm(page).qcReasonShown.textContent()).toBe(`Memuat lebih dari barang yang diterima QC, dengan alasan: ${history.qcReason}`);
    const beyond = history.lines.findIndex((line) => line.qty > line.readyQty);
    expect(beyond).toBeGreaterThanOrEqual(0);
    expect(await shipmentForm(page).savedLine(beyond).accepted.textContent()).toBe(number(history.lines[beyond].acceptedQty));
    expect(await shipmentForm(page).savedLine(beyond).ready.textContent()).toBe(number(history.lines[beyond].readyQty));
    expect(await shipmentForm(page).savedLine(beyond).beyond.textContent()).toBe('melebihi yang siap');
    await shipmentForm(page).closeButton.click();

    // The booked shipment now holds 12 bags more than is ready: shipping it asks for the reason, which is kept.
    await toolbar(page).search.fill(bookedNo);
    const bookedRow = rowWhere(grid, 'shipmentNo', bookedNo);
    await cell(bookedRow, 'shipmentNo').dblclick();
    await shipmentForm(page).line(0).row.waitFor();
    const [open] = (await backend.must('shipments:openLines', { buyerCode: 'BE-MVH', shipmentId: list.find((s) => s.shipmentNo === bookedNo)!.id }));
    expect(await shipmentForm(page).line(0).ordered.textContent()).toBe(number(open.orderedQty));
    expect(await shipmentForm(page).line(0).accepted.textContent()).toBe(number(open.orderedQty - 12));
    expect(await shipmentForm(page).line(0).elsewhere.textContent()).toBe('0');
    expect(await shipmentForm(page).line(0).ready.textContent()).toBe(number(open.orderedQty - 12));
    await shipmentForm(page).line(0).qtyError.filter({ hasText: 'melebihi sisa yang siap' }).waitFor();
    await shipmentForm(page).toShipped.click();
    await shipmentForm(page).stepBeyondReady.filter({ hasText: '1 baris memuat lebih dari yang siap' }).waitFor();
    await shipmentForm(page).stepPebNo.fill('000901');
    await shipmentForm(page).stepPebDate.fill('08/12/2026');
    await shipmentForm(page).stepConfirm.click();
    await shipmentForm(page).error.filter({ hasText: 'hanya dengan alasan' }).waitFor();
    expect((await backend.must('shipments:list', {})).find((s) => s.shipmentNo === bookedNo)?.status).toBe('booked');

    const reason = '12 tas diganti dari stok koperasi yang sudah diperiksa QC';
    await shipmentForm(page).toShipped.click();
    await shipmentForm(page).stepPebNo.fill('000901');
    await shipmentForm(page).stepPebDate.fill('08/12/2026');
    await shipmentForm(page).stepQcReason.fill(reason);
    await shipmentForm(page).stepConfirm.click();
    await shipmentForm(page).locked.waitFor();
    expect(await shipmentForm(page).qcReasonShown.textContent()).toBe(`Memuat lebih dari barang yang diterima QC, dengan alasan: ${reason}`);
    expect(await shipmentForm(page).savedLine(0).beyond.count()).toBe(1);
    expect(await shipmentForm(page).error.count()).toBe(0);
    const shipped = await backend.must('shipments:get', { id: list.find((s) => s.shipmentNo === bookedNo)!.id });
    expect(shipped).toMatchObject({ status: 'shipped', pebNo: '000901', qcReason: reason });
    expect(session.problems).toEqual([]);
  });
});
