import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shipmentExportFacts, shipmentsWithoutFob } from '../../main/core/shipments/shipment-fact-queries';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { acmeShipment, shipmentCentre } from './shipment-centre';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
  await shipmentCentre(t);
});
afterEach(() => t.close());

/** Acme's 250 bags at USD 12,50 and 100 suitcases at USD 19,00: USD 5.025,00 invoiced; the rate of 1 December (Monday 30 November's) is Rp 16.745. */
const INVOICE = 502_500;
const SHIPPED = { status: 'shipped', containerType: 'LCL', pebNo: '000123', pebDate: '2026-11-30' } as const;

function lineSums(): { shipment: number | null; lines: number | null }[] {
  return t.app.db
    .prepare('SELECT s.fob_usd_cents AS shipment, SUM(sl.fob_usd_cents) AS lines FROM shipment s JOIN shipment_line sl ON sl.shipment_id = s.id GROUP BY s.id')
    .all() as { shipment: number | null; lines: number | null }[];
}

describe('FOB for every incoterm', () => {
  it('counts an FOB and an FCA invoice as it stands, freight typed or not', async () => {
    const fob = await t.must('shipments:save', acmeShipment({ incoterm: 'FCA', freight: 40_000 }));
    expect(fob.value).toMatchObject({ invoiceValue: INVOICE, fobValue: INVOICE, fobUsdCents: INVOICE, fobIdr: 84_143_625, gaps: [] });
  });

  it('adds the inland cost to the port to an EXW price, and names an EXW shipment without it in its screen, its list and the export facts', async () => {
    const draft = await t.must('shipments:save', acmeShipment({ incoterm: 'EXW', inlandCost: 18_000 }));
    // USD 180 of trucking Tanggulangin → Tanjung Perak: FOB USD 5.205,00, Rp 87.157.725 at Rp 16.745.
    expect(draft.value).toMatchObject({ fobValue: INVOICE + 18_000, fobUsdCents: INVOICE + 18_000, fobIdr: 87_157_725, usdRateOn: '2026-11-30', gaps: [] });
    expect(draft.inlandCost).toBe(18_000);
    await t.must('shipments:setStatus', { id: draft.id, status: 'cancelled' });

    // Recorded as it left, without the trucking bill.
    const missing = await t.must('shipments:save', acmeShipment({ shipmentNo: 'SHP-2026-002', incoterm: 'EXW', ...SHIPPED }));
    const exw = missing;
    expect(missing.value).toMatchObject({ invoiceValue: INVOICE, fobValue: null, fobUsdCents: null, fobIdr: null, gaps: ['inlandCost'] });
    expect(missing.inlandCost).toBeNull();
    expect(await t.must('shipments:list', { status: ['shipped'] })).toEqual([expect.objectContaining({ shipmentNo: 'SHP-2026-002', fobValue: null, fobUsdCents: null, fobIdr: null, fobGaps: ['inlandCost'] })]);
    // Left out of the export figures, never counted as 0, and named beside them.
    expect(shipmentExportFacts(t.app.db, '2026-11', '2026-11')).toEqual([]);
    expect(shipmentsWithoutFob(t.app.db, '2026-01', '2026-12')).toEqual([
      { shipmentNo: 'SHP-2026-002', month: '2026-11', incoterm: 'EXW', currency: 'USD', rateDate: '2026-11-30', gaps: ['inlandCost'] },
    ]);
    expect(lineSums()[1]).toEqual({ shipment: null, lines: null });

    // The trucking bill comes after the ship left: the cost is completed on the locked shipment, which is valued again.
    const completed = await t.must('shipments:setCosts', { id: exw.id, inlandCost: 18_000 });
    expect(completed).toMatchObject({ status: 'shipped', pebNo: '000123', value: { fobValue: INVOICE + 18_000, fobUsdCents: INVOICE + 18_000, fobIdr: 87_157_725, gaps: [] } });
    expect(shipmentsWithoutFob(t.app.db, '2026-01', '2026-12')).toEqual([]);
    const facts = shipmentExportFacts(t.app.db, '2026-11', '2026-11');
    expect(facts.reduce((sum, fact) => sum + fact.fobUsdCents, 0)).toBe(INVOICE + 18_000);
    const audit = t.app.db.prepare("SELECT action FROM audit_log WHERE entity = 'shipment' ORDER BY id").pluck().all();
    expect(audit).toEqual(['create', 'status', 'create', 'update']);
  });

  it('takes freight off a CFR price, freight and insurance off a CIF price, and leaves a CIF shipment without insurance unknown', async () => {
    const cfr = await t.must('shipments:save', acmeShipment({ incoterm: 'CFR', freight: 31_000, insurance: 2_000 }));
    expect(cfr.value).toMatchObject({ fobValue: INVOICE - 31_000, fobUsdCents: INVOICE - 31_000, gaps: [] });
    const noFreight = await t.must('shipments:save', { ...acmeShipment({ incoterm: 'CPT' }), id: cfr.id });
    expect(noFreight.value).toMatchObject({ fobValue: null, fobUsdCents: null, gaps: ['freight'] });
    const cif = await t.must('shipments:save', { ...acmeShipment({ incoterm: 'CIF', freight: 31_000, insurance: 2_500 }), id: cfr.id });
    expect(cif.value).toMatchObject({ fobValue: INVOICE - 33_500, gaps: [] });
    const cip = await t.must('shipments:save', { ...acmeShipment({ incoterm: 'CIP', freight: 31_000 }), id: cfr.id });
    expect(cip.value).toMatchObject({ fobValue: null, fobUsdCents: null, fobIdr: null, gaps: ['insurance'] });
    // An entered 0 is a figure, unlike nothing entered.
    const zero = await t.must('shipments:save', { ...acmeShipment({ incoterm: 'CIF', freight: 31_000, insurance: 0 }), id: cfr.id });
    expect(zero.value).toMatchObject({ fobValue: INVOICE - 31_000, gaps: [] });
  });

  it('records a shipment whose date has no rate within seven days: its rupiah value is unknown, never 0, and named', async () => {
    const shipment = await t.must('shipments:save', acmeShipment({ etd: '2026-10-15', eta: null }));
    expect(shipment.value).toMatchObject({ fobValue: INVOICE, fobUsdCents: INVOICE, fobIdr: null, idrRate: null, usdRate: null, usdRateOn: null, gaps: ['rate'] });
    // A euro shipment of that date has neither its dollar nor its rupiah value.
    const euro = await t.must('shipments:save', {
      shipmentNo: 'SHP-2026-002', buyerCode: 'BE-MVH', portOfDischarge: 'Antwerp (BEANR)', etd: '2026-10-15', freight: 30_000, insurance: 2_000,
      lines: [{ orderNo: 'SO-2026-103', sku: 'TW-001', qty: 240 }],
    });
    expect(euro.value).toMatchObject({ fobValue: 328_000, fobUsdCents: null, fobIdr: null, gaps: ['rate'] });
    expect(euro.lines.map((line) => line.fobUsdCents)).toEqual([null]);
    // The rates come in (the euro's first: the dollar value still waits for the dollar's): the shipments are valued, their lines split again.
    await t.must('rates:save', { currency: 'EUR', validOn: '2026-10-14', idrPerUnit: 19_300, source: 'BI JISDOR' });
    expect((await t.must('shipments:get', { id: euro.id })).value).toMatchObject({ fobIdr: 63_304_000, fobUsdCents: null, idrRateOn: '2026-10-14', gaps: ['rate'] });
    await t.must('rates:save', { currency: 'USD', validOn: '2026-10-14', idrPerUnit: 16_700, source: 'BI JISDOR' });
    const valued = await t.must('shipments:get', { id: euro.id });
    expect(valued.value).toMatchObject({ fobIdr: 63_304_000, fobUsdCents: 379_066, idrRateOn: '2026-10-14', usdRateOn: '2026-10-14', gaps: [] });
    expect(valued.lines.map((line) => line.fobUsdCents)).toEqual([379_066]);
    expect((await t.must('shipments:get', { id: shipment.id })).value).toMatchObject({ fobIdr: 83_917_500, usdRate: 16_700, gaps: [] });
    expect(t.app.db.prepare("SELECT COUNT(*) FROM audit_log WHERE entity = 'shipment' AND action = 'rate'").pluck().get()).toBe(3);
  });
});

describe('a shipment’s FOB split over its lines', () => {
  it('adds up to the shipment’s cents exactly, by largest remainder', async () => {
    // Three lines of one euro shipment: each line's share of the dollar value falls between cents.
    const euro = await t.must('shipments:save', {
      shipmentNo: 'SHP-2026-002', buyerCode: 'BE-MVH', portOfDischarge: 'Antwerp (BEANR)', etd: '2026-12-05', freight: 30_001, insurance: 1_999,
      lines: [{ orderNo: 'SO-2026-103', sku: 'TW-001', qty: 233 }],
    });
    const acme = await t.must('shipments:save', acmeShipment({ incoterm: 'CIF', freight: 30_001, insurance: 2_002 }));
    for (const shipment of [euro, acme]) {
      const parts = shipment.lines.map((line) => line.fobUsdCents ?? Number.NaN);
      expect(parts.reduce((sum, part) => sum + part, 0)).toBe(shipment.value.fobUsdCents);
      // Each part is its share of the invoice, to within a cent.
      shipment.lines.forEach((line, index) => expect(Math.abs(parts[index] - ((shipment.value.fobUsdCents ?? 0) * line.amount) / shipment.value.invoiceValue)).toBeLessThan(1));
    }
    expect(lineSums().every((row) => row.shipment === row.lines)).toBe(true);
  });
});
