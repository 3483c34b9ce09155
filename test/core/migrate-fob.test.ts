import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contextFor, createApp } from '../../main/core/platform/app';
import { openDatabase, type Db } from '../../main/core/platform/db/connection';
import { migrations } from '../../main/core/platform/db/migrations';
import { shipmentExportFacts, shipmentsWithoutFob } from '../../main/core/shipments/shipment-fact-queries';
import { shipmentDetail } from '../../main/core/shipments/shipment-detail';
import { setShipmentCosts } from '../../main/core/shipments/shipments';

let dir: string | undefined;
let db: Db | undefined;
afterEach(() => {
  db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * Shipments as release 0.12 wrote them: freight and insurance 0 when not typed, the FOB value the
 * invoice less both whatever the term, and a line's FOB worked out by each report.
 */
function oldCentre(old: Db): void {
  old.exec(`
    INSERT INTO buyer (id, buyer_code, name, country, kind, currency, created_at, updated_at) VALUES (1, 'US-A', 'A', 'US', 'export', 'USD', 'x', 'x');
    INSERT INTO product (id, sku, name, category_code, hs_code, carton_qty, carton_length_cm, carton_width_cm, carton_height_cm, carton_gross_kg, created_at, updated_at)
      VALUES (1, 'TW-1', 'Tas', 'tas', '4202.21', 1, 50, 40, 30, 2, 'x', 'x'), (2, 'TW-2', 'Tas 2', 'tas', '4202.22', 1, 50, 40, 30, 2, 'x', 'x');
    INSERT INTO sales_order (id, order_no, buyer_id, order_date, ship_by, currency, status, created_at, updated_at)
      VALUES (1, 'SO-1', 1, '2023-10-01', '2023-11-20', 'USD', 'shipped', 'x', 'x');
    INSERT INTO order_line (id, order_id, line_no, product_id, qty, unit_price) VALUES (1, 1, 1, 1, 100, 10000), (2, 1, 2, 2, 100, 10000);
    INSERT INTO exchange_rate (currency, valid_on, idr_per_unit, source) VALUES ('USD', '2023-11-01', 15500, 'BI'), ('USD', '2023-11-13', 15500, 'BI'), ('EUR', '2023-11-01', 16800, 'BI');
  `);
  const shipment = old.prepare(
    `INSERT INTO shipment (id, shipment_no, buyer_id, status, invoice_date, currency, incoterm, incoterm_place, port_of_loading, port_of_discharge, container_type, country, etd, peb_no, peb_date,
       freight, insurance, rate_date, idr_rate, usd_rate, invoice_value, fob_value, fob_usd_cents, fob_idr, qty, cartons, created_at, updated_at)
     VALUES (?, ?, 1, 'shipped', '2023-11-01', ?, ?, 'Surabaya', 'Tanjung Perak', 'Los Angeles', 'LCL', 'US', '2023-11-15', ?, '2023-11-14', ?, ?, '2023-11-14', ?, 15500, ?, ?, ?, ?, 2, 2, 'x', 'x')`,
  );
  const line = old.prepare(
    `INSERT INTO shipment_line (shipment_id, line_no, order_line_id, qty, unit_price, cartons, first_carton, net_kg, gross_kg, volume_m3, carton_qty,
       carton_length_cm, carton_width_cm, carton_height_cm) VALUES (?, ?, ?, 1, 10000, 1, ?, 1, 2, 0.1, 1, 50, 40, 30)`,
  );
  // [no, currency, incoterm, freight, insurance, idr rate, invoice, fob, fob usd, fob idr]
  const rows: [string, string, string, number, number, number, number, number, number, number][] = [
    ['EXP-1', 'USD', 'CIF', 999, 2, 15500, 20_000, 18_999, 18_999, 2_944_845], // two lines of USD 94,995: both rounded up, a cent too many
    ['EXP-2', 'USD', 'EXW', 0, 0, 15500, 20_000, 20_000, 20_000, 3_100_000], // counted at its EXW value as if FOB
    ['EXP-3', 'EUR', 'CIF', 0, 0, 16800, 20_000, 20_000, 21_677, 3_360_000], // no freight typed: FOB = CIF
    ['EXP-4', 'USD', 'FOB', 500, 0, 15500, 20_000, 19_500, 19_500, 3_022_500], // freight taken off an FOB price
  ];
  rows.forEach(([no, currency, incoterm, freight, insurance, idrRate, invoice, fob, fobUsd, fobIdr], index) => {
    shipment.run(index + 1, no, currency, incoterm, `PEB-${index}`, freight, insurance, idrRate, invoice, fob, fobUsd, fobIdr);
    line.run(index + 1, 1, 1, 1);
    line.run(index + 1, 2, 2, 2);
  });
}

describe('a centre of release 0.12 with shipments of every kind', () => {
  it('keeps every shipment and line, values them again by the FOB rule, and splits each FOB over its lines to the cent', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sentra-v12-fob-'));
    const path = join(dir, 'centre.sqlite');
    const old = await openDatabase(path, { migrations: migrations.filter((m) => m.version <= 12) });
    oldCentre(old);
    const before = old.prepare("SELECT SUM(ROUND(s.fob_usd_cents * (sl.qty * sl.unit_price * 1.0 / s.invoice_value))) FROM shipment s JOIN shipment_line sl ON sl.shipment_id = s.id WHERE s.shipment_no = 'EXP-1'").pluck().get();
    expect(before).toBe(19_000); // the audit's cent
    old.close();

    db = await openDatabase(path);
    const rows = db
      .prepare('SELECT shipment_no, inland_cost, freight, insurance, idr_rate_on, usd_rate_on, fob_value, fob_usd_cents, fob_idr FROM shipment ORDER BY id')
      .raw()
      .all();
    expect(rows).toEqual([
      ['EXP-1', null, 999, 2, '2023-11-13', '2023-11-13', 18_999, 18_999, 2_944_845],
      ['EXP-2', null, null, null, '2023-11-13', '2023-11-13', null, null, null],
      ['EXP-3', null, null, null, '2023-11-01', '2023-11-13', null, null, null],
      ['EXP-4', null, 500, null, '2023-11-13', '2023-11-13', 20_000, 20_000, 3_100_000],
    ]);
    expect(db.prepare('SELECT shipment_id, line_no, fob_usd_cents FROM shipment_line ORDER BY id').raw().all()).toEqual([
      [1, 1, 9_500], [1, 2, 9_499], [2, 1, null], [2, 2, null], [3, 1, null], [3, 2, null], [4, 1, 10_000], [4, 2, 10_000],
    ]);
    expect(shipmentExportFacts(db, '2023-11', '2023-11').reduce((sum, fact) => sum + fact.fobUsdCents, 0)).toBe(18_999 + 20_000);
    expect(shipmentsWithoutFob(db, '2023-01', '2023-12').map((s) => [s.shipmentNo, s.gaps])).toEqual([['EXP-2', ['inlandCost']], ['EXP-3', ['freight', 'insurance']]]);
    // The lines still belong to their shipments, and deleting a shipment still takes its lines.
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'shipment_line'").pluck().get()).toContain('REFERENCES "shipment"');

    // The manager enters the EXW shipment's trucking: it is valued, though it left long ago.
    const ctx = contextFor(createApp(db, path, { actor: 'test', today: '2026-11-23' }), 'id');
    expect(shipmentDetail(ctx, 2).value.gaps).toEqual(['inlandCost']);
    const valued = setShipmentCosts(ctx, { id: 2, inlandCost: 20_000, freight: null, insurance: null });
    expect(valued.value).toMatchObject({ fobValue: 40_000, fobUsdCents: 40_000, fobIdr: 6_200_000, gaps: [] });
  });
});
