import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { addOrder, seedCentre } from '../planning/centre';

let t: TempApp;
let assignmentId: number;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
  seedCentre(t.app.db);
  const orderLineId = addOrder(t.app.db, { orderNo: 'DOM-1', buyerId: 2, shipBy: '2027-02-26', qty: 300 });
  assignmentId = (await t.must('plan:assign', { orderLineId, unitCode: 'UA', qty: 100, start: '2026-11-23', pieceRate: 18_000 })).id;
});
afterEach(() => t.close());

describe('a delivery dated after today', () => {
  it('is refused on its date and records nothing; today is fine', async () => {
    const result = await t.call('deliveries:record', { assignmentId, deliveredOn: '2026-11-24', accepted: 10, rejected: 0 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.details).toEqual({
      fields: [{ field: 'deliveredOn', message: 'tanggal setor 24/11/2026 belum tiba (hari ini 23/11/2026): setoran dicatat setelah barang diterima' }],
    });
    expect(t.app.db.prepare('SELECT COUNT(*) FROM delivery').pluck().get()).toBe(0);
    expect(t.app.db.prepare('SELECT status FROM work_assignment WHERE id = ?').pluck().get(assignmentId)).toBe('planned');
    const english = await t.call('deliveries:record', { assignmentId, deliveredOn: '2027-01-05', accepted: 10, rejected: 0 }, 'en');
    expect(english.ok ? '' : english.error.message).toBe('delivery date 05/01/2027 has not come yet (today is 23/11/2026): record a delivery once the goods are in');
    expect((await t.must('deliveries:record', { assignmentId, deliveredOn: '2026-11-23', accepted: 10, rejected: 0 })).deliveredOn).toBe('2026-11-23');
  });
});
