import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/result';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { addOrder, seedCentre } from '../planning/centre';

let t: TempApp;
let assignmentId: number;
beforeEach(async () => {
  t = await tempApp({ today: '2026-12-10' });
  seedCentre(t.app.db);
  const orderLineId = addOrder(t.app.db, { orderNo: 'DOM-1', buyerId: 2, shipBy: '2027-02-26', qty: 300 });
  assignmentId = (await t.must('plan:assign', { orderLineId, unitCode: 'UA', qty: 100, start: '2026-11-23', pieceRate: 18_000 })).id;
});
afterEach(() => t.close());

function refusal<T>(result: Result<T>) {
  if (result.ok) throw new Error('expected the call to be refused');
  return result.error;
}

function progress(): { status: string; delivered: number; rejected: number } {
  return t.app.db.prepare('SELECT status, delivered_qty AS delivered, rejected_qty AS rejected FROM work_assignment WHERE id = ?').get(assignmentId) as {
    status: string; delivered: number; rejected: number;
  };
}

function deliveries(): number {
  return t.app.db.prepare('SELECT COUNT(*) FROM delivery').pluck().get() as number;
}

describe('deliveries against work orders (SPK)', () => {
  it('records deliveries, moving the SPK to in-progress and then done', async () => {
    await t.must('assignments:setStatus', { id: assignmentId, status: 'issued' });
    const first = await t.must('deliveries:record', { assignmentId, deliveredOn: '2026-12-01', accepted: 38, rejected: 2, note: 'jahitan miring' });
    expect(first).toMatchObject({ assignmentId, orderNo: 'DOM-1', sku: 'TAS-01', unitCode: 'UA', accepted: 38, rejected: 2, note: 'jahitan miring' });
    expect(progress()).toEqual({ status: 'in-progress', delivered: 40, rejected: 2 });
    await t.must('deliveries:record', { assignmentId, deliveredOn: '2026-12-08', accepted: 60, rejected: 0 });
    expect(progress()).toEqual({ status: 'done', delivered: 100, rejected: 2 });
    expect((await t.must('deliveries:list', { unitCode: 'ua' })).map((d) => d.deliveredOn)).toEqual(['2026-12-01', '2026-12-08']);
    expect(await t.must('deliveries:list', { from: '2026-12-02' })).toHaveLength(1);
    expect(await t.must('deliveries:list', { assignmentId: assignmentId + 1 })).toEqual([]);
    // The planner's reject rate reads the SPK's figures; done work counts its accepted pieces.
    expect((await t.must('plan:assignments', {})).find((a) => a.id === assignmentId)).toMatchObject({ deliveredQty: 100, rejectedQty: 2, status: 'done' });
    // A workshop's SPK asks for its open work only: the finished one is no longer on it.
    expect((await t.must('plan:assignments', { unitCode: 'UA', open: true })).map((a) => a.id)).not.toContain(assignmentId);
    expect((await t.must('plan:assignments', { unitCode: 'UA', status: 'done' })).map((a) => a.id)).toEqual([assignmentId]);
    // Later work at the same workshop comes first in the list, ahead of the finished SPK that started earlier.
    const later = await t.must('plan:assign', { orderLineId: addOrder(t.app.db, { orderNo: 'DOM-2', buyerId: 2, shipBy: '2027-03-26', qty: 50 }), unitCode: 'UA', qty: 50, start: '2026-12-14', pieceRate: 18_000 });
    expect((await t.must('plan:assignments', { limit: 1 })).map((a) => a.id)).toEqual([later.id]);
    expect(t.app.db.prepare("SELECT COUNT(*) FROM audit_log WHERE entity = 'assignment' AND action = 'delivery'").pluck().get()).toBe(2);
  });

  it('refuses an empty delivery, more than is left, and a closed SPK, writing nothing', async () => {
    expect(refusal(await t.call('deliveries:record', { assignmentId, deliveredOn: '2026-12-01', accepted: 0, rejected: 0 })).message).toBe(
      'Jumlah diterima dan ditolak tidak boleh keduanya nol.',
    );
    await t.must('deliveries:record', { assignmentId, deliveredOn: '2026-12-01', accepted: 90, rejected: 0 });
    const error = refusal(await t.call('deliveries:record', { assignmentId, deliveredOn: '2026-12-02', accepted: 8, rejected: 3 }));
    expect(error.message).toBe('SPK DOM-1 (TAS-01, UA) tinggal 10 pcs yang belum disetor; setoran 11 pcs melebihinya.');
    expect(refusal(await t.call('deliveries:record', { assignmentId, deliveredOn: '2026-12-02', accepted: -1, rejected: 3 })).code).toBe('INVALID_INPUT');
    expect(refusal(await t.call('deliveries:record', { assignmentId: 9999, deliveredOn: '2026-12-02', accepted: 1, rejected: 0 })).code).toBe('NOT_FOUND');
    expect(deliveries()).toBe(1);
    expect(progress()).toEqual({ status: 'in-progress', delivered: 90, rejected: 0 });
    await t.must('assignments:setStatus', { id: assignmentId, status: 'done' });
    expect(refusal(await t.call('deliveries:record', { assignmentId, deliveredOn: '2026-12-03', accepted: 1, rejected: 0 })).message).toBe(
      'SPK DOM-1 (TAS-01, UA) berstatus selesai; setoran tidak bisa dicatat.',
    );
  });

  it('moves an SPK planned → issued → in-progress → done, and cancels only from planned or issued', async () => {
    expect(refusal(await t.call('assignments:setStatus', { id: assignmentId, status: 'done' })).message).toBe('Status SPK tidak bisa diubah dari rencana ke selesai.');
    expect(await t.must('assignments:setStatus', { id: assignmentId, status: 'issued' })).toEqual({ id: assignmentId, status: 'issued' });
    expect(await t.must('assignments:setStatus', { id: assignmentId, status: 'issued' })).toEqual({ id: assignmentId, status: 'issued' });
    await t.must('assignments:setStatus', { id: assignmentId, status: 'in-progress' });
    expect(refusal(await t.call('assignments:setStatus', { id: assignmentId, status: 'cancelled' }))).toMatchObject({
      code: 'BAD_TRANSITION', details: { field: 'status', entity: 'assignment', from: 'in-progress', to: 'cancelled', allowed: ['done'] },
    });
    expect(refusal(await t.call('assignments:setStatus', { id: assignmentId, status: 'planned' }, 'en')).message).toBe(
      'A work order cannot change from in progress to planned.',
    );
    await t.must('assignments:setStatus', { id: assignmentId, status: 'done' });
    expect(progress().status).toBe('done');
  });

  it('refuses a delivery against a cancelled SPK', async () => {
    await t.must('assignments:setStatus', { id: assignmentId, status: 'cancelled' });
    expect(refusal(await t.call('deliveries:record', { assignmentId, deliveredOn: '2026-12-01', accepted: 1, rejected: 0 })).message).toContain('batal');
    expect(deliveries()).toBe(0);
  });
});
