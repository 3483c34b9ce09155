import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shipmentExportFacts, shipmentsWithoutFob } from '../../main/core/shipments/shipment-fact-queries';
import { tempApp, type TempApp } from '../helpers/temp-app';

/** The demonstration centre's shipments valued by the FOB rule, and their lines adding up to them in every report. */
let t: TempApp;
beforeAll(async () => {
  t = await tempApp({ today: '2026-11-23' });
  await t.must('demo:create', { seed: 11, scale: 'demo' });
}, 120_000);
afterAll(() => t.close());

function all<T>(sql: string): T[] {
  return t.app.db.prepare(sql).all() as T[];
}

describe('the demo centre’s FOB values', () => {
  it('gives every shipment a known FOB: EXW ones carry the trucking to Tanjung Perak, CIF ones freight and insurance', () => {
    const byTerm = all<{ incoterm: string; shipments: number; unknown: number; noCost: number; wrong: number }>(
      `SELECT incoterm, COUNT(*) AS shipments, SUM(fob_value IS NULL OR (status IN ('shipped', 'closed') AND fob_usd_cents IS NULL)) AS unknown,
              SUM(CASE incoterm WHEN 'EXW' THEN inland_cost IS NULL OR inland_cost <= 0 WHEN 'CIF' THEN freight IS NULL OR insurance IS NULL ELSE 0 END) AS noCost,
              SUM(fob_value <> invoice_value + COALESCE(inland_cost, 0) - CASE WHEN incoterm = 'CIF' THEN freight + insurance ELSE 0 END) AS wrong
       FROM shipment GROUP BY incoterm ORDER BY incoterm`,
    );
    expect(byTerm.map((row) => row.incoterm)).toEqual(expect.arrayContaining(['CIF', 'EXW', 'FOB']));
    for (const row of byTerm) expect([row.incoterm, row.unknown, row.noCost, row.wrong]).toEqual([row.incoterm, 0, 0, 0]);
    // Rp 1,2–4 juta a lot (LCL or a container) for the truck, in the shipment's dollars at the day's rate.
    const trucking = all<{ rupiah: number; containers: number; type: string | null }>(
      "SELECT inland_cost / 100.0 * idr_rate AS rupiah, container_count AS containers, container_type AS type FROM shipment WHERE incoterm = 'EXW'",
    );
    expect(trucking.length).toBeGreaterThan(0);
    for (const lot of trucking) {
      const perLot = lot.type === 'LCL' || lot.type === null ? lot.rupiah : lot.rupiah / lot.containers;
      expect(perLot).toBeGreaterThanOrEqual(1_150_000);
      expect(perLot).toBeLessThanOrEqual(4_050_000);
    }
    expect(shipmentsWithoutFob(t.app.db, '2000-01', '2099-12')).toEqual([]);
  });

  it('splits every shipment’s FOB over its lines so that the parts add up to the whole, to the cent', () => {
    const off = all<{ shipmentNo: string }>(
      `SELECT s.shipment_no AS shipmentNo FROM shipment s JOIN shipment_line sl ON sl.shipment_id = s.id
       GROUP BY s.id HAVING s.fob_usd_cents IS NOT SUM(sl.fob_usd_cents)`,
    );
    expect(off).toEqual([]);
    expect(all('SELECT id FROM shipment_line WHERE fob_usd_cents IS NULL')).toEqual([]);
  });

  it('gives the same month totals in the shipments report, export performance and the export facts', async () => {
    const years = all<{ year: string }>("SELECT DISTINCT substr(COALESCE(peb_date, etd), 1, 4) AS year FROM shipment WHERE status IN ('shipped', 'closed') ORDER BY 1");
    expect(years.length).toBeGreaterThan(0);
    let compared = 0;
    for (const { year } of years) {
      const to = year === '2026' ? '2026-10' : `${year}-12`;
      const shipments = await t.must('reports:shipments', { from: `${year}-01`, to });
      const performance = await t.must('reports:exportPerformance', { from: `${year}-01`, to });
      const facts = shipmentExportFacts(t.app.db, `${year}-01`, to);
      for (const month of shipments.byMonth) {
        // The shipments that left, whole, against the same shipments summed line by line.
        // A known month no shipment left in shipped nothing: 0. A month whose shipments all have their
        // FOB unknown, or one before the app's first shipment, has no sum: null in the report, no facts here.
        const ofMonth = facts.filter((fact) => fact.month === month.month);
        const shippedNothing = month.shipments === 0 && month.countedUsdCents !== null;
        const parts = ofMonth.length > 0 ? ofMonth.reduce((sum, fact) => sum + fact.fobUsdCents, 0) : shippedNothing ? 0 : null;
        expect([month.month, parts]).toEqual([month.month, month.fobUsdCents]);
        const line = performance.byMonth.find((candidate) => candidate.key === month.month);
        if (month.countedUsdCents !== null && line) {
          expect([month.month, line.currentUsdCents]).toEqual([month.month, month.countedUsdCents]);
          compared++;
        }
      }
      expect(shipments.exports.usdCents).toBe(performance.currentUsdCents);
    }
    expect(compared).toBeGreaterThan(0);
  });
});
