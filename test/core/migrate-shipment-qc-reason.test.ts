import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../main/core/platform/db/connection';
import { schemaVersion } from '../../main/core/platform/db/migrate';
import { migrations } from '../../main/core/platform/db/migrations';
import { getShipmentRow } from '../../main/core/shipments/shipment-queries';

let dir: string | undefined;
let db: Db | undefined;
afterEach(() => {
  db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a centre made by every schema before migration 18 (shipment QC reason)', () => {
  it('opens with its shipments kept and no reason on them, and keeps a reason after', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sentra-v18-'));
    const path = join(dir, 'centre.sqlite');
    const old = await openDatabase(path, { migrations: migrations.filter((m) => m.version < 18) });
    expect(schemaVersion(old)).toBe(17);
    old.prepare(
      `INSERT INTO buyer (id, buyer_code, name, country, kind, currency, created_at, updated_at)
       VALUES (1, 'US-ACME', 'Acme Travel Goods Inc.', 'US', 'export', 'USD', 'x', 'x')`,
    ).run();
    old.prepare(
      `INSERT INTO shipment (id, shipment_no, buyer_id, status, invoice_date, currency, incoterm, incoterm_place, port_of_loading, country,
         peb_no, peb_date, rate_date, invoice_value, created_at, updated_at)
       VALUES (1, 'EXP-2023-0001', 1, 'closed', '2023-03-01', 'USD', 'FOB', 'Surabaya', 'Tanjung Perak, Surabaya (IDSUB)', 'US',
         '000123', '2023-03-03', '2023-03-03', 1250000, 'x', 'x')`,
    ).run();
    old.close();

    db = await openDatabase(path);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(18);
    expect(getShipmentRow(db, 1)).toMatchObject({ shipmentNo: 'EXP-2023-0001', status: 'closed', invoiceValue: 1250000, qcReason: null });
    db.prepare("UPDATE shipment SET qc_reason = 'Dicatat dari arsip ekspor 2023' WHERE id = 1").run();
    expect(getShipmentRow(db, 1)?.qcReason).toBe('Dicatat dari arsip ekspor 2023');
  });
});
