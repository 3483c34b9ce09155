import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempApp, type TempApp } from '../helpers/temp-app';

const TODAY = '2026-11-23';

describe('the demonstration centre’s buyers and orders carry what export papers print', () => {
  let t: TempApp;
  beforeAll(async () => {
    t = await tempApp({ today: TODAY });
    await t.must('demo:create', { seed: 7, scale: 'demo' });
  });
  afterAll(() => t.close());

  it('every export buyer has address, city, postcode, contact, e-mail, phone, notify party, payment terms, named place and port', async () => {
    const buyers = await t.must('buyers:list', {});
    const exporters = buyers.filter((b) => b.kind === 'export');
    expect(new Set(exporters.map((b) => b.country))).toEqual(new Set(['US', 'BE', 'NL', 'JP', 'MY', 'CN']));
    for (const b of exporters) {
      for (const field of ['address', 'city', 'postcode', 'contact', 'email', 'phone', 'notifyParty', 'paymentTerms', 'incotermPlace', 'portOfDischarge'] as const) {
        expect(b[field], `${b.buyerCode} ${field}`).toEqual(expect.stringMatching(/\S/));
      }
      expect(b.email).toMatch(/^[^@\s]+@[^@\s]+\.example(\.[a-z]+)?$/);
      expect(b.paymentTerms).toMatch(/^(T\/T 30 % deposit, 70 % against copy of B\/L|T\/T 100 % before shipment|L\/C at sight|D\/P at sight)$/);
    }
    expect(exporters.find((b) => b.buyerCode === 'US-BLW')).toMatchObject({ incoterm: 'FOB', incotermPlace: 'Tanjung Perak, Surabaya' });
    for (const b of buyers.filter((x) => x.kind !== 'export')) {
      expect(b.address, b.buyerCode).toEqual(expect.stringMatching(/\S/));
      expect(b.city, b.buyerCode).toEqual(expect.stringMatching(/\S/));
    }
  });

  it('every export order has the buyer’s own PO number, a PO date a few days before it, and the buyer’s terms', () => {
    const rows = t.app.db.prepare(
      `SELECT o.order_no AS orderNo, b.buyer_code AS buyerCode, o.order_date AS orderDate, o.buyer_po AS buyerPo, o.buyer_po_date AS buyerPoDate,
              o.payment_terms AS paymentTerms, b.payment_terms AS buyerTerms
       FROM sales_order o JOIN buyer b ON b.id = o.buyer_id WHERE b.kind = 'export'`,
    ).all() as { orderNo: string; buyerCode: string; orderDate: string; buyerPo: string | null; buyerPoDate: string | null; paymentTerms: string | null; buyerTerms: string }[];
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      expect(row.buyerPo, row.orderNo).toEqual(expect.stringMatching(/\d{3}/));
      expect(row.buyerPo).not.toContain('SO-');
      const days = (Date.parse(row.orderDate) - Date.parse(row.buyerPoDate ?? '')) / 86_400_000;
      expect(days, row.orderNo).toBeGreaterThanOrEqual(2);
      expect(days, row.orderNo).toBeLessThanOrEqual(6);
      expect((row.buyerPoDate ?? '9999-12-31') <= TODAY).toBe(true);
      expect(row.paymentTerms, row.orderNo).toBe(row.buyerTerms);
    }
    // Each buyer numbers its POs its own way, and never twice.
    expect(new Set(rows.map((r) => r.buyerPo)).size).toBe(rows.length);
    expect(rows.find((r) => r.buyerCode === 'BE-MVH')?.buyerPo).toMatch(/^MVH-PO-\d{5}$/);
    expect(rows.find((r) => r.buyerCode === 'US-BLW')?.buyerPo).toMatch(/^45\d{8}$/);
  });
});
