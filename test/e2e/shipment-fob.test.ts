import { afterEach, describe, expect, it } from 'vitest';
import { formatMoney } from '../../shared/money';
import { openSession, type Session } from './harness';

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

    await page.goto(session.url('#/shipments'));
    await page.getByTestId('shipments-grid').locator('.ag-row').first().waitFor();
    await page.getByTestId('toolbar-add').click();
    await page.getByTestId('shipment-buyer').selectOption('BE-MVH');
    await page.getByTestId('shipment-line-0').waitFor();
    await page.getByTestId('shipment-line-0-all').click();
    await page.getByTestId('shipment-etd').fill('20/11/2026');

    // CIF without freight and insurance: each field says it is missing, the FOB is not guessed.
    await page.getByTestId('shipment-freight-hint').filter({ hasText: 'Belum diisi: nilai FOB CIF belum ada data sampai ini diisi.' }).waitFor();
    await page.getByTestId('shipment-insurance-hint').filter({ hasText: 'Belum diisi' }).waitFor();
    expect(await page.getByTestId('figures-fob').textContent()).toBe('belum ada data');
    expect(await page.getByTestId('figures-fob-missing').textContent()).toBe('Nilai FOB belum ada data: ongkos angkut, asuransi belum diisi.');
    expect(await page.getByTestId('shipment-inlandCost').count()).toBe(0);

    await page.getByTestId('shipment-freight').fill('120');
    await page.getByTestId('shipment-insurance').fill('15,50');
    await page.getByTestId('figures-fob').filter({ hasText: euros(invoice - 12_000 - 1_550) }).waitFor();
    expect(await page.getByTestId('figures-fob-missing').count()).toBe(0);
    expect(await page.getByTestId('shipment-freight-hint').textContent()).toBe('Untuk CIF/CFR: dikurangkan dari nilai invoice menjadi nilai FOB.');

    // Sold EXW instead: the inland cost to the port is asked for, and added once entered.
    await page.getByTestId('shipment-incoterm').selectOption('EXW');
    await page.getByTestId('shipment-inlandCost-hint').filter({ hasText: 'Belum diisi: nilai FOB EXW belum ada data sampai ini diisi.' }).waitFor();
    expect(await page.getByTestId('figures-fob').textContent()).toBe('belum ada data');
    await page.getByTestId('shipment-inlandCost').fill('180');
    await page.getByTestId('figures-fob').filter({ hasText: euros(invoice + 18_000) }).waitFor();
    // Freight and insurance typed before stay visible (nothing typed is hidden) but no longer count.
    await page.getByTestId('shipment-freight').fill('');
    await page.getByTestId('shipment-insurance').fill('');
    await page.getByTestId('figures-fob').filter({ hasText: euros(invoice + 18_000) }).waitFor();

    await page.getByTestId('shipment-form-save').click();
    await page.getByTestId('shipment-status').filter({ hasText: 'Draf' }).waitFor();
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
    await page.goto(session.url('#/shipments'));
    const grid = page.getByTestId('shipments-grid');
    await grid.locator('.ag-row').first().waitFor();
    await page.getByTestId('toolbar-search').fill(shipmentNo);
    const row = grid.locator('.ag-row').filter({ has: page.locator('.ag-cell[col-id="shipmentNo"]', { hasText: shipmentNo }) });
    await row.waitFor();
    expect(await row.locator('.ag-cell[col-id="fobUsd"]').textContent()).toBe('belum ada data: biaya darat ke pelabuhan');
    await page.getByTestId('shipments-count').filter({ hasText: 'tanpa 1 pengapalan yang nilai FOB-nya belum ada data' }).waitFor();

    await row.locator('.ag-cell[col-id="shipmentNo"]').dblclick();
    await page.getByTestId('shipment-locked').waitFor();
    await page.getByTestId('shipment-costs').filter({ hasText: 'biaya darat ke pelabuhan' }).waitFor();
    expect(await page.getByTestId('figures-fob').textContent()).toBe('belum ada data');
    await page.getByTestId('shipment-costs-inlandCost').fill('95');
    await page.getByTestId('shipment-costs-save').click();
    await page.getByTestId('shipment-costs').waitFor({ state: 'detached' });
    const id = (await backend.must('shipments:list', {})).find((s) => s.shipmentNo === shipmentNo)!.id;
    const shipment = await backend.must('shipments:get', { id });
    expect(shipment).toMatchObject({ status: 'closed', inlandCost: 9_500, value: { fobValue: shipment.value.invoiceValue + 9_500, gaps: [] } });
    await page.getByTestId('figures-fob').filter({ hasText: formatMoney(shipment.value.invoiceValue + 9_500, 'USD', 'id') }).waitFor();
    expect(session.problems).toEqual([]);
  });
});
