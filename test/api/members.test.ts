import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempApp, type TempApp } from '../helpers/temp-app';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
});
afterEach(() => t.close());

const siti = { memberNo: 'INT-0001', name: 'Siti Aminah', nik: '3515064508750001', phone: '+62 812-3456-7890', status: 'aktif' as const, joinedOn: '2010-03-01' };

describe('members through the handler table', () => {
  it('stores a member with the phone normalised to 08… and the NIK as text', async () => {
    const saved = await t.must('members:save', siti);
    expect(saved.phone).toBe('081234567890');
    expect(saved.nik).toBe('3515064508750001');
    const list = await t.must('members:list', {});
    expect(list.map((m) => m.name)).toEqual(['Siti Aminah']);
  });

  it('refuses a NIK of 15 digits with a message naming the field, and stores nothing', async () => {
    const result = await t.call('members:save', { ...siti, nik: '351506450875000' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.message).toContain('nik');
    expect(result.error.message).toContain('16 digit');
    expect(await t.must('members:list', {})).toHaveLength(0);
  });

  it('speaks English when asked', async () => {
    const result = await t.call('members:save', { ...siti, joinedOn: '2024-02-31' }, 'en');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('is not a real date');
  });

  it('refuses a member number already in use, whatever its case', async () => {
    await t.must('members:save', siti);
    const result = await t.call('members:save', { ...siti, memberNo: 'int-0001', name: 'Budi' });
    expect(result.ok ? 'saved' : result.error.code).toBe('DUPLICATE');
    expect((await t.must('members:list', {})).map((m) => m.name)).toEqual(['Siti Aminah']);
  });

  it('keeps the history of status so past dates count correctly', async () => {
    const saved = await t.must('members:save', siti);
    await t.must('members:save', { ...siti, id: saved.id, status: 'non-aktif', statusFrom: '2015-06-01' });
    const detail = await t.must('members:get', { id: saved.id });
    expect(detail.history).toEqual([
      { validFrom: '2010-03-01', status: 'aktif' },
      { validFrom: '2015-06-01', status: 'non-aktif' },
    ]);
    expect((await t.must('registry:summary', { asOf: '2014-12-31' })).activeMembers).toBe(1);
    expect((await t.must('registry:summary', { asOf: '2016-12-31' })).activeMembers).toBe(0);
    expect((await t.must('registry:summary', { asOf: '2009-12-31' })).members).toBe(0);
  });

  it('will not let a member who owns units vanish silently; detach, remove, undo', async () => {
    const member = await t.must('members:save', siti);
    const unit = await t.must('units:save', {
      unitCode: 'UU-0001', name: 'Tas Sari', ownerMemberNo: 'INT-0001', categories: ['Tas'], workers: 6, monthlyCapacity: 480, isActive: true,
    });
    const refused = await t.call('members:remove', { id: member.id });
    expect(refused.ok ? 'removed' : refused.error.code).toBe('MEMBER_HAS_UNITS');
    if (!refused.ok) expect(refused.error.message).toContain('UU-0001');
    expect(await t.must('members:list', {})).toHaveLength(1);

    const removed = await t.must('members:remove', { id: member.id, detachUnits: true });
    expect(removed.detachedUnitIds).toEqual([unit.id]);
    expect(await t.must('members:list', {})).toHaveLength(0);
    expect((await t.must('units:get', { id: unit.id })).ownerMemberNo).toBeNull();

    await t.must('members:restore', { id: member.id });
    expect(await t.must('members:list', {})).toHaveLength(1);
    expect((await t.must('units:get', { id: unit.id })).ownerMemberNo).toBe('INT-0001');
  });

  it('writes every change to the audit log', async () => {
    const member = await t.must('members:save', siti);
    await t.must('members:save', { ...siti, id: member.id, name: 'Siti Aminah Rahayu' });
    await t.must('members:remove', { id: member.id });
    const entries = await t.must('audit:list', { entity: 'member', entityId: member.id });
    expect(entries.map((e) => e.action)).toEqual(['remove', 'update', 'create']);
    expect(entries[0].summary).toContain('INT-0001');
  });
});

describe('the door itself', () => {
  it('names an unknown call and a malformed argument without running anything', async () => {
    const unknown = await t.call('members:drop' as 'members:list', {});
    expect(unknown.ok ? '' : unknown.error.code).toBe('UNKNOWN_CALL');
    const malformed = await t.call('members:get', { id: 'satu' as unknown as number });
    expect(malformed.ok ? '' : malformed.error.code).toBe('INVALID_INPUT');
  });
});
