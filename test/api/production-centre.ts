import type { TempApp } from '../helpers/temp-app';
import { addOrder, seedCentre } from '../planning/centre';

/** UA makes 100 bags (2 sqft leather at 20 % waste, 40 m thread each) with leather and thread issued from the cooperative. */
export async function workshopCentre(t: TempApp): Promise<{ ua: number; ub: number }> {
  seedCentre(t.app.db);
  t.app.db.prepare("UPDATE product SET labour_minutes = 300 WHERE sku = 'TAS-01'").run();
  const orderLineId = addOrder(t.app.db, { orderNo: 'DOM-1', buyerId: 2, shipBy: '2027-02-26', qty: 300 });
  const ua = (await t.must('plan:assign', { orderLineId, unitCode: 'UA', qty: 100, start: '2026-11-23', pieceRate: 18_000 })).id;
  const ub = (await t.must('plan:assign', { orderLineId, unitCode: 'UB', qty: 50, start: '2026-11-23' })).id;
  await t.must('stock:record', { materialCode: 'BNG-01', kind: 'receipt', qty: 10_000, date: '2026-11-20' });
  await t.must('stock:record', { materialCode: 'KLT-SAPI', kind: 'issue', qty: 100, date: '2026-11-24', unitCode: 'UA' });
  await t.must('stock:record', { materialCode: 'BNG-01', kind: 'issue', qty: 5000, date: '2026-11-24', unitCode: 'UA' });
  await t.must('stock:record', { materialCode: 'BNG-01', kind: 'return', qty: 500, date: '2026-11-30', unitCode: 'UA' });
  await t.must('stock:record', { materialCode: 'KLT-SAPI', kind: 'issue', qty: 20, date: '2026-11-24', unitCode: 'UB' });
  await t.must('stock:record', { materialCode: 'BNG-01', kind: 'issue', qty: 400, date: '2026-11-24', unitCode: 'UB' });
  return { ua, ub };
}
