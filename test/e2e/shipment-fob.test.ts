import { afterEach, describe, expect, it } from 'vitest';
import { formatMoney } from '../../shared/money';
import { openSession, type Session } from './harness';
import { toolbar } from './pages/shell';
import { shipmentFigures, shipmentForm, shipmentsScreen } from './pages/shipments';
import { cell, rowWhere, rows } from './pages/kit';

describe('the FOB value on the shipment screen', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('asks for the figures the incoterm needs, says the FOB is unknown until they are entered, and values it by the shared rule', async () => {
    session = await openSession({ demo: true });
    const { page, backend } = session;
    // Maison Verhaegen buys CIF in euros; the demo leaves one of its orders ready to ship.
    const [order] = (await backend.must('orders:page', { buyerCode: 'BE-MVH', status: ['ready'] })).rows;
    if (!order) throw new Error('the demo should leave an order of BE-MVH ready to ship');
    const line = (await backend.must('orders:get', { id: order.id })).lines[0];
    const invoice = line.qty * line.unitPrice;
    const euros = (minor: number) => formatMoney(minor, 'EUR', 'id');

    await shipmentsScreen(page).open(session);
    await rows(shipmentsScreen(page).grid).first().waitFor();
    await toolbar(page).add.click();
    await shipmentForm(page).buyer.selectOption('BE-MVH');
    await shipmentForm(page).line(0).row.waitFor();
    await shipmentForm(page).line(0).all.click();
    await shipmentForm(page).etd.fill('20/11/2026');

    // CIF without freight and insurance: each field says it is missing, the FOB is not guessed.
    await shipmentForm(page).freightHint.filter({ hasText: 'Belum diisi: nilai FOB CIF belum ada data sampai ini diisi.' }).waitFor();
    await shipmentForm(page).insuranceHint.filter({ hasText: 'Belum diisi' }).waitFor();
    expect(await shipmentFigures(page).fob.textContent()).toBe('belum ada data');
    expect(await shipmentFigures(page).fobMissing.textContent()).toBe('Nilai FOB belum ada data: ongkos angkut, asuransi belum diisi.');
    expect(await shipmentForm(page).inlandCost.count()).toBe(0);

    await shipmentForm(page).freight.fill('120');
    await shipmentForm(page).insurance.fill('15,50');
    await shipmentFigures(page).fob.filter({ hasText: euros(invoice - 12_000 - 1_550) }).waitFor();
    expect(await shipmentFigures(page).fobMissing.count()).toBe(0);
    expect(await shipmentForm(page).freightHint.textContent()).toBe('Untuk CIF/CFR: dikurangkan dari nilai invoice menjadi nilai FOB.');

    // Sold EXW instead: the inland cost to the port is asked for, and added once entered.
    await shipmentForm(page).incoterm.selectOption('EXW');
    await shipmentForm(page).inlandCostHint.filter({ hasText: 'Belum diisi: nilai FOB EXW belum ada data sampai ini diisi.' }).waitFor();
    expect(await shipmentFigures(page).fob.textContent()).toBe('belum ada data');
    await shipmentForm(page).inlandCost.fill('180');
    await shipmentFigures(page).fob.filter({ hasText: euros(invoice + 18_000) }).waitFor();
    // Freight and insurance typed before stay visible (nothing typed is hidden) but no longer count.
    await shipmentForm(page).freight.fill('');
    await shipmentForm(page).insurance.fill('');
    await shipmentFigures(page).fob.filter({ hasText: euros(invoice + 18_000) }).waitFor();

    await shipmentForm(page).save.click();
    await shipmentForm(page).status.filter({ hasText: 'Draf' }).waitFor();
    const saved = (await backend.must('shipments:list', {})).find((s) => s.buyerCode === 'BE-MVH' && s.status === 'draft');
    const shipment = await backend.must('shipments:get', { id: saved!.id });
    expect(shipment).toMatchObject({ incoterm: 'EXW', inlandCost: 18_000, freight: null, insurance: null, value: { fobValue: invoice + 18_000 } });
    expect(session.problems).toEqual([]);
  });

  it('names a shipment that left with its FOB unknown in the list, and completes its cost with its papers locked', async () => {
    let shipmentNo = '';
    session = await openSession({
      demo: true,
      async arrange(backend) {
        // A demo EXW shipment whose trucking bill is not in yet.
        const exw = (await backend.must('shipments:list', { status: ['closed'] })).find((row) => backend.app.db.prepare('SELECT incoterm FROM shipment WHERE id = ?').pluck().get(row.id) === 'EXW');
        if (!exw) throw new Error('the demo should hold a closed EXW shipment');
        await backend.must('shipments:setCosts', { id: exw.id, inlandCost: null });
        shipmentNo = exw.shipmentNo;
      },
    });
    const { page, backend } = session;
    await shipmentsScreen(page).open(session);
    const grid = shipmentsScreen(page).grid;
    await rows(grid).first().waitFor();
    await toolbar(page).search.fill(shipmentNo);
    const row = rowWhere(grid, 'shipmentNo', shipmentNo);
    await row.waitFor();
    expect(await cell(row, 'fobUsd').textContent()).toBe('belum ada data: biaya darat ke pelabuhan');
    await shipmentsScreen(page).countShows('tanpa 1 pengapalan yang nilai FOB-nya belum ada data');

    await cell(row, 'shipmentNo').dblclick();
    await shipmentForm(page).locked.waitFor();
    await shipmentForm(page).costs.filter({ hasText: 'biaya darat ke pelabuhan' }).waitFor();
    expect(await shipmentFigures(page).fob.textContent()).toBe('belum ada data');
    await shipmentForm(page).costsInlandCost.fill('95');
    await shipmentForm(page).costsSave.click();
    await shipmentForm(page).costs.waitFor({ state: 'detached' });
    const id = (await backend.must('shipments:list', {})).find((s) => s.shipmentNo === shipmentNo)!.id;
    const shipment = await backend.must('shipments:get', { id });
    expect(shipment).toMatchObject({ status: 'closed', inlandCost: 9_500, value: { fobValue: shipment.value.invoiceValue + 9_500, gaps: [] } });
    await shipmentFigures(page).fob.filter({ hasText: formatMoney(shipment.value.invoiceValue + 9_500, 'USD', 'id') }).waitFor();
    expect(session.problems).toEqual([]);
  });
});
