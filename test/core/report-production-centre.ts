import type { TempApp } from '../helpers/temp-app';
import { addOrder, seedCentre } from '../planning/centre';

/**
 * The production and materials reports' centre (today 31/12/2026), on the planning tests' three
 * bag workshops (120, 120 and 240 pieces a week; UX dormant):
 * - SPKs: UA 100 pcs in the weeks of 2 and 9 Nov; UB 20 pcs in the week of Monday 30 Nov (a
 *   November week); UC 30 pcs planned in December and 50 cancelled. October has nothing.
 * - Deliveries: UA 40 + 5 rejected (20 Nov), 50 + 5 (3 Dec); UB 10 (4 Dec) of a USD 25,00 order
 *   at Rp16.000. Value: 90 × Rp100.000 + 10 × Rp400.000 = Rp13.000.000.
 * - Materials: leather (Rp45.000/sqft, reorder point 150) ends at 145 sqft; thread Rp20/m; glue
 *   without a cost; zips at USD 0,50 (Rp8.000 at the December rate); one open, late PO of 100
 *   sqft leather; the last plan suggests 200 sqft leather, already late.
 */
export async function reportCentre(t: TempApp): Promise<void> {
  const { db } = t.app;
  seedCentre(db);
  const now = '2026-11-01T00:00:00.000Z';
  const domestic = addOrder(db, { orderNo: 'DOM-1', buyerId: 2, shipBy: '2027-02-26', qty: 300 });
  const exportLine = addOrder(db, { orderNo: 'EXP-1', buyerId: 1, shipBy: '2027-02-26', qty: 50 });
  db.prepare("UPDATE sales_order SET currency = 'USD', idr_rate = 16000 WHERE order_no = 'EXP-1'").run();
  db.prepare('UPDATE order_line SET unit_price = 2500 WHERE id = ?').run(exportLine);
  const unitId = (code: string) => (db.prepare('SELECT id FROM business_unit WHERE unit_code = ?').get(code) as { id: number }).id;
  const assign = (line: number, unit: string, qty: number, status: string, weeks: [string, number][]) => {
    const id = Number(
      db
        .prepare(
          `INSERT INTO work_assignment (order_line_id, unit_id, qty, start_on, due_on, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(line, unitId(unit), qty, weeks[0][0], weeks[weeks.length - 1][0], status, now, now).lastInsertRowid,
    );
    for (const [week, pieces] of weeks) db.prepare('INSERT INTO assignment_week (assignment_id, week_start, qty) VALUES (?, ?, ?)').run(id, week, pieces);
    return id;
  };
  const ua = assign(domestic, 'UA', 100, 'issued', [['2026-11-02', 60], ['2026-11-09', 40]]);
  const ub = assign(exportLine, 'UB', 20, 'issued', [['2026-11-30', 20]]);
  assign(domestic, 'UC', 50, 'cancelled', [['2026-12-07', 50]]);
  assign(domestic, 'UC', 30, 'planned', [['2026-12-14', 30]]);
  // A delivery is recorded once it has happened: on an earlier day (the screens' tests run on
  // 23/11) December's deliveries are not there yet.
  const deliver = async (assignmentId: number, deliveredOn: string, accepted: number, rejected: number) => {
    if (deliveredOn <= t.app.today()) await t.must('deliveries:record', { assignmentId, deliveredOn, accepted, rejected });
  };
  await deliver(ua, '2026-11-20', 40, 5);
  await deliver(ua, '2026-12-03', 50, 5);
  await deliver(ub, '2026-12-04', 10, 0);

  db.prepare("UPDATE material SET reorder_point = 150 WHERE material_code = 'KLT-SAPI'").run();
  const material = db.prepare('INSERT INTO material (material_code, name, category, uom, unit_cost, currency, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  material.run('LEM-01', 'Lem kuning', 'lem', 'kg', 0, 'IDR', now, now);
  material.run('RSL-YKK', 'Resleting YKK', 'aksesoris', 'pcs', 50, 'USD', now, now);
  // Rates are daily and a value takes one of at most 7 days before its date: Rp 16.000 every working day of December.
  const rate = db.prepare("INSERT INTO exchange_rate (currency, valid_on, idr_per_unit, source) VALUES ('USD', ?, 16000, 'BI')");
  for (let day = 1; day <= 31; day++) if (![0, 6].includes(new Date(Date.UTC(2026, 11, day)).getUTCDay())) rate.run(`2026-12-${String(day).padStart(2, '0')}`);
  const move = (materialCode: string, kind: 'opening' | 'receipt' | 'issue' | 'return', qty: number, date: string, unitCode: string | null = null) =>
    t.must('stock:record', { materialCode, kind, qty, date, unitCode });
  await move('LEM-01', 'opening', 10, '2026-11-01');
  await move('RSL-YKK', 'receipt', 100, '2026-11-05');
  await move('KLT-SAPI', 'issue', 30, '2026-11-10', 'UA');
  await move('KLT-SAPI', 'return', 5, '2026-11-20', 'UA');
  await move('BNG-01', 'receipt', 10_000, '2026-12-01');
  await move('KLT-SAPI', 'receipt', 50, '2026-12-02');
  await move('BNG-01', 'issue', 4000, '2026-12-05', 'UA');
  const po = Number(
    db
      .prepare("INSERT INTO purchase_order (po_no, supplier_id, order_date, expected_on, status, currency, created_at, updated_at) VALUES ('PO-2026-0001', 1, '2026-12-10', '2026-12-20', 'ordered', 'IDR', ?, ?)")
      .run(now, now).lastInsertRowid,
  );
  db.prepare('INSERT INTO purchase_line (po_id, material_id, qty, unit_cost) VALUES (?, 1, 100, 45000)').run(po);
  const summary = {
    late: [], suppliers: [], linesPlanned: 2, fairness: { measure: 'utilisation-cv', units: 0, mean: 0, cv: 0, maxMinRatio: null, weeks: 0 },
    purchases: [{
      materialCode: 'KLT-SAPI', qty: 200, uom: 'sqft', purchaseQty: 4, purchaseUom: 'hide', needBy: '2027-01-10', orderBy: '2026-12-27', late: true,
      supplierName: 'Penyamakan Magetan', cost: 9_000_000,
    }],
  };
  db.prepare("INSERT INTO plan_run (run_at, today, actor, summary_json) VALUES ('2026-12-28T08:00:00.000Z', '2026-12-28', 'test', ?)").run(JSON.stringify(summary));
}
