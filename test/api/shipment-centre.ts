import type { ShipmentInput } from '../../shared/domain/shipments';
import { seedSupply } from '../fixtures/supply-workbooks';
import type { TempApp } from '../helpers/temp-app';

/**
 * A small export book: Acme (USA, USD) with a bag order in production and one only confirmed,
 * Verhaegen (Belgium, EUR) with a ready order, both accepted at QC in full; rupiah rates for November 2026.
 */
export async function shipmentCentre(t: TempApp): Promise<void> {
  await seedSupply(t);
  // 12 bags to a 60 × 40 × 40 cm carton: 11,4 kg of bags, 12,6 kg gross.
  t.app.db.prepare("UPDATE product SET carton_qty = 12, carton_gross_kg = 12.6, carton_net_kg = 11.4 WHERE sku = 'TW-001'").run();
  await t.must('products:save', {
    sku: 'KP-020', name: 'Koper ABS 20 inci', category: 'koper', hsCode: '4202.12', outerMaterial: 'plastik', uom: 'pcs', labourMinutes: 120,
    cartonQty: 1, cartonLengthCm: 58, cartonWidthCm: 40, cartonHeightCm: 25, cartonGrossKg: 3.6, price: 1900, currency: 'USD',
  });
  await t.must('buyers:save', { buyerCode: 'BE-MVH', name: 'Maison Verhaegen BV', country: 'BE', kind: 'export', currency: 'EUR', incoterm: 'CIF' });
  await t.must('rates:save', { currency: 'USD', validOn: '2026-11-01', idrPerUnit: 16745, source: 'BI JISDOR' });
  await t.must('rates:save', { currency: 'EUR', validOn: '2026-11-01', idrPerUnit: 19341, source: 'BI JISDOR' });
  // A value takes a rate of at most 7 days before its date (shared/rates.ts): the same rates again on Monday 30 November.
  await t.must('rates:save', { currency: 'USD', validOn: '2026-11-30', idrPerUnit: 16745, source: 'BI JISDOR' });
  await t.must('rates:save', { currency: 'EUR', validOn: '2026-11-30', idrPerUnit: 19341, source: 'BI JISDOR' });
  await t.must('orders:save', {
    orderNo: 'SO-2026-101', buyerCode: 'US-ACME', orderDate: '2026-11-02', shipBy: '2026-12-20', currency: 'USD', status: 'in-production',
    lines: [{ sku: 'TW-001', qty: 400, unitPrice: 1250 }, { sku: 'KP-020', qty: 300, unitPrice: 1900 }, { sku: 'DP-002', qty: 100, unitPrice: 300 }],
  });
  await t.must('orders:save', {
    orderNo: 'SO-2026-102', buyerCode: 'US-ACME', orderDate: '2026-11-05', shipBy: '2027-01-20', currency: 'USD', status: 'confirmed',
    lines: [{ sku: 'TW-001', qty: 120, unitPrice: 1250 }],
  });
  await t.must('orders:save', {
    orderNo: 'SO-2026-103', buyerCode: 'BE-MVH', orderDate: '2026-11-03', shipBy: '2026-12-15', currency: 'EUR', status: 'in-production',
    lines: [{ sku: 'TW-001', qty: 240, unitPrice: 1500 }],
  });
  // SO-2026-101 is made: its workshop's SPKs handed in every piece, accepted at QC.
  deliverInFull(t, 'SO-2026-101');
  // SO-2026-103 is made as well and ready: QC accepted all 240 bags (a manager's word alone no longer lets goods leave).
  deliverInFull(t, 'SO-2026-103');
  await t.must('orders:setStatus', { id: 3, status: 'ready' });
}

/**
 * Every line of an order made and accepted at QC: one done SPK a line at the centre's workshop,
 * written straight into the tables (a shipment holds only accepted goods).
 */
export function deliverInFull(t: TempApp, orderNo: string, share = 1): void {
  const { db } = t.app;
  const now = '2026-11-20T00:00:00.000Z';
  const unitId = db.prepare("SELECT id FROM business_unit WHERE unit_code = 'UU-001'").pluck().get() as number;
  const lines = db
    .prepare('SELECT l.id, l.qty FROM order_line l JOIN sales_order o ON o.id = l.order_id WHERE o.order_no = ? ORDER BY l.line_no')
    .all(orderNo) as { id: number; qty: number }[];
  for (const line of lines) {
    const qty = Math.floor(line.qty * share);
    if (qty === 0) continue;
    const id = db
      .prepare(
        `INSERT INTO work_assignment (order_line_id, unit_id, qty, start_on, due_on, status, delivered_qty, created_at, updated_at)
         VALUES (?, ?, ?, '2026-11-02', '2026-11-20', 'done', ?, ?, ?)`,
      )
      .run(line.id, unitId, qty, qty, now, now).lastInsertRowid;
    db.prepare("INSERT INTO delivery (assignment_id, delivered_on, accepted, rejected, created_at) VALUES (?, '2026-11-20', ?, 0, ?)").run(id, qty, now);
  }
}

/** 250 bags and 100 suitcases of SO-2026-101 to Los Angeles. */
export function acmeShipment(over: Partial<ShipmentInput> = {}): ShipmentInput {
  return {
    shipmentNo: 'SHP-2026-001',
    buyerCode: 'US-ACME',
    invoiceDate: '2026-11-20',
    portOfDischarge: 'Los Angeles (USLAX)',
    etd: '2026-12-01',
    eta: '2026-12-24',
    lines: [
      { orderNo: 'SO-2026-101', sku: 'TW-001', qty: 250 },
      { orderNo: 'SO-2026-101', sku: 'KP-020', qty: 100 },
    ],
    ...over,
  };
}

/** Rows of a table, for "nothing was written". */
export function rowsOf(t: TempApp, table: string): unknown[] {
  return t.app.db.prepare(`SELECT * FROM ${table} ORDER BY 1`).all();
}

/** SO-2026-104: 300 bags of TW-001 for US-ACME in production, half of them handed in and accepted at QC. */
export async function halfAcceptedOrder(t: TempApp): Promise<void> {
  await t.must('orders:save', {
    orderNo: 'SO-2026-104', buyerCode: 'US-ACME', orderDate: '2026-11-06', shipBy: '2026-12-30', currency: 'USD', status: 'in-production',
    lines: [{ sku: 'TW-001', qty: 300, unitPrice: 1250 }],
  });
  deliverInFull(t, 'SO-2026-104', 0.5);
}
