import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempApp, type TempApp } from '../helpers/temp-app';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
});
afterEach(() => t.close());

const unit = { unitCode: 'UU-0100', name: 'Koper Jaya', categories: ['koper', 'Tas'], workers: 8, monthlyCapacity: 160, isActive: false, stateFrom: '2007-01-01' };

describe('business units', () => {
  it('may have no owner, and keeps categories in the catalogue order', async () => {
    const saved = await t.must('units:save', unit);
    expect(saved.ownerMemberNo).toBeNull();
    expect(saved.categories).toEqual(['tas', 'koper']);
  });

  it('refuses an owner who is not a member and an unknown category', async () => {
    const owner = await t.call('units:save', { ...unit, ownerMemberNo: 'INT-9999' });
    expect(owner.ok ? '' : owner.error.code).toBe('UNKNOWN_OWNER');
    const category = await t.call('units:save', { ...unit, categories: ['perahu'] });
    expect(category.ok ? '' : category.error.message).toContain('perahu');
    expect(await t.must('units:list', {})).toHaveLength(0);
  });

  it('refuses negative workers and an NIB that is not 13 digits', async () => {
    const result = await t.call('units:save', { ...unit, workers: -1, nib: '12345' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toContain('workers');
      expect(result.error.message).toContain('nib');
    }
  });

  it('counts units revived and workers absorbed on past dates', async () => {
    const saved = await t.must('units:save', unit);
    await t.must('units:save', { ...unit, id: saved.id, isActive: true, workers: 12, stateFrom: '2019-05-01' });
    const before = await t.must('registry:summary', { asOf: '2018-12-31' });
    const after = await t.must('registry:summary', { asOf: '2019-12-31' });
    expect([before.activeUnits, before.workers]).toEqual([0, 0]);
    expect([after.activeUnits, after.workers, after.monthlyCapacity]).toEqual([1, 12, 160]);
    const timeline = await t.must('registry:timeline', { fromYear: 2018, toYear: 2020 });
    expect(timeline.map((y) => y.activeUnits)).toEqual([0, 1, 1]);
    expect((await t.must('units:get', { id: saved.id })).history).toHaveLength(2);
  });

  it('removes with undo, and refuses to restore onto a code reused meanwhile', async () => {
    const saved = await t.must('units:save', unit);
    await t.must('units:remove', { id: saved.id });
    expect(await t.must('units:list', {})).toHaveLength(0);
    await t.must('units:restore', { id: saved.id });
    expect(await t.must('units:list', {})).toHaveLength(1);
    await t.must('units:remove', { id: saved.id });
    await t.must('units:save', { ...unit, name: 'Koper Baru' });
    const clash = await t.call('units:restore', { id: saved.id });
    expect(clash.ok ? '' : clash.error.code).toBe('DUPLICATE');
  });
});

describe('the centre', () => {
  it('starts unconfigured and keeps its letterhead details', async () => {
    expect((await t.must('centre:get', {})).isConfigured).toBe(false);
    await t.must('centre:save', { name: 'Sentra IKM Tanggulangin', cooperativeName: 'Koperasi INTAKO', chairName: 'H. Ahmad', signCity: 'Sidoarjo' });
    const centre = await t.must('centre:get', {});
    expect(centre).toMatchObject({ isConfigured: true, cooperativeName: 'Koperasi INTAKO', signCity: 'Sidoarjo', email: null });
  });

  it('keeps screen preferences in the database', async () => {
    await t.must('prefs:set', { key: 'grid.members', value: [{ colId: 'nik', hide: true }] });
    expect(await t.must('prefs:get', { key: 'grid.members' })).toEqual({ value: [{ colId: 'nik', hide: true }] });
  });
});
