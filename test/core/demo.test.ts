import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/result';
import { createDemoCentre } from '../../main/core/demo';
import { tempApp, type TempApp } from '../helpers/temp-app';

const TODAY = '2026-11-23';
const open: TempApp[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.close();
});

async function demoApp(seed: number): Promise<TempApp> {
  const t = await tempApp({ today: TODAY });
  open.push(t);
  await t.must('demo:create', { seed });
  return t;
}

// updatedAt is the wall clock of the write, the only value a seed does not decide.
const withoutClock = <T extends { updatedAt: string }>(rows: T[]) => rows.map(({ updatedAt: _clock, ...rest }) => rest);

describe('the demonstration centre', () => {
  it('creates the centre, 276 members and 410 units, some without a member owner, about 2,500 workers', async () => {
    const t = await tempApp({ today: TODAY });
    open.push(t);
    const summary = await t.must('demo:create', { seed: 7 });
    const members = await t.must('members:list', {});
    const units = await t.must('units:list', {});
    expect(members).toHaveLength(276);
    expect(units).toHaveLength(410);
    expect(summary).toMatchObject({ members: 276, units: 410 });
    const withoutOwner = units.filter((u) => u.ownerMemberId === null).length;
    expect(withoutOwner).toBeGreaterThan(50);
    expect(withoutOwner).toBeLessThan(200);
    expect(summary.unitsWithoutOwner).toBe(withoutOwner);
    const activeWorkers = units.filter((u) => u.isActive).reduce((sum, u) => sum + u.workers, 0);
    expect(activeWorkers).toBe(summary.workers);
    expect(activeWorkers).toBeGreaterThanOrEqual(2_300);
    expect(activeWorkers).toBeLessThanOrEqual(2_700);
    // Some members own two workshops, and owners are never members who have left.
    const owned = units.filter((u) => u.ownerMemberNo !== null).map((u) => u.ownerMemberNo);
    expect(new Set(owned).size).toBeLessThan(owned.length);
    const leftNumbers = new Set(members.filter((m) => m.status === 'keluar').map((m) => m.memberNo));
    expect(owned.some((no) => leftNumbers.has(no ?? ''))).toBe(false);
    const centre = await t.must('centre:get', {});
    expect(centre).toMatchObject({ isConfigured: true, village: 'Kludan', district: 'Tanggulangin', regency: 'Sidoarjo', signCity: 'Sidoarjo' });
  });

  it('gives members and units the values a form would store', async () => {
    const t = await demoApp(11);
    const members = await t.must('members:list', {});
    const niks = members.map((m) => m.nik ?? '');
    expect(niks.every((nik) => /^351506\d{10}$/.test(nik))).toBe(true);
    expect(new Set(niks).size).toBe(276);
    // The day of birth carries 40 extra for women.
    for (const m of members) {
      const day = Number(m.nik?.slice(6, 8));
      if (m.gender === 'P') expect(day).toBeGreaterThan(40);
      else expect(day).toBeLessThanOrEqual(31);
    }
    expect(new Set(members.map((m) => m.gender))).toEqual(new Set(['L', 'P']));
    expect(members.every((m) => m.phone === null || /^08\d{8,11}$/.test(m.phone))).toBe(true);
    expect(members.filter((m) => m.joinedOn === '1976-04-03')).toHaveLength(27);
    expect(members.every((m) => /^INT-\d{4}$/.test(m.memberNo) && m.district === 'Tanggulangin')).toBe(true);
    const villages = new Set(members.map((m) => m.village));
    expect(villages.size).toBeGreaterThan(10);
    expect(villages.size).toBeLessThanOrEqual(18);
    const statuses = countBy(members, (m) => m.status);
    expect(statuses.aktif).toBeGreaterThan(200);
    expect(statuses['non-aktif']).toBeGreaterThan(0);
    expect(statuses.keluar).toBeGreaterThan(0);

    const units = await t.must('units:list', {});
    const categories = countBy(units, (u) => u.categories[0]);
    expect(Math.max(...Object.values(categories))).toBe(categories.tas);
    expect(units.every((u) => /^UU-\d{4}$/.test(u.unitCode) && u.categories.length > 0)).toBe(true);
    expect(units.every((u) => u.nib === null || /^\d{13}$/.test(u.nib))).toBe(true);
    expect(units.every((u) => u.kbli === null || u.kbli === '15121' || u.kbli === '15201')).toBe(true);
    expect(units.some((u) => u.nib !== null) && units.some((u) => u.nib === null)).toBe(true);
    for (const u of units.filter((unit) => unit.isActive)) {
      expect(u.workers).toBeGreaterThan(0);
      expect(u.monthlyCapacity).toBeGreaterThan(0);
    }
    const gradeA = units.filter((u) => u.qualityGrade === 'A').length;
    expect(gradeA).toBeGreaterThan(0);
    expect(gradeA).toBeLessThan(units.length / 4);
  });

  it('makes the same rows for the same seed and other rows for another seed', async () => {
    const first = await demoApp(2024);
    const again = await demoApp(2024);
    const other = await demoApp(2025);
    const firstMembers = withoutClock(await first.must('members:list', {}));
    expect(withoutClock(await again.must('members:list', {}))).toEqual(firstMembers);
    expect(withoutClock(await again.must('units:list', {}))).toEqual(withoutClock(await first.must('units:list', {})));
    const otherMembers = withoutClock(await other.must('members:list', {}));
    expect(otherMembers.map((m) => m.nik)).not.toEqual(firstMembers.map((m) => m.nik));
    expect(otherMembers.map((m) => m.name)).not.toEqual(firstMembers.map((m) => m.name));
  });

  it('keeps a history in which the mudflow and the revitalisation show', async () => {
    const t = await demoApp(1976);
    const before = await t.must('registry:summary', { asOf: '2005-12-31' });
    const low = await t.must('registry:summary', { asOf: '2015-12-31' });
    const now = await t.must('registry:summary', {});
    expect(now.asOf).toBe(TODAY);
    expect(low.activeUnits).toBeLessThan(now.activeUnits);
    expect(low.workers).toBeLessThan(now.workers);
    expect(low.activeMembers).toBeLessThan(now.activeMembers);
    expect(low.workers).toBeLessThan(before.workers);
    // Nothing is dated after the centre's today.
    expect(await t.must('registry:summary', { asOf: '2099-12-31' })).toEqual({ ...now, asOf: '2099-12-31' });

    const units = await t.must('units:list', {});
    let revived = 0;
    for (const unit of units) {
      const { history } = await t.must('units:get', { id: unit.id });
      const latest = history[history.length - 1];
      expect(latest).toEqual({ validFrom: unit.stateFrom, isActive: unit.isActive, workers: unit.workers, monthlyCapacity: unit.monthlyCapacity });
      const dormantAt = history.findIndex((s) => !s.isActive && s.validFrom < '2017-01-01');
      if (dormantAt >= 0 && history.slice(dormantAt).some((s) => s.isActive && s.validFrom >= '2017-01-01')) revived++;
    }
    expect(revived).toBeGreaterThan(10);
    const members = await t.must('members:list', {});
    const returned = await Promise.all(members.slice(0, 120).map((m) => t.must('members:get', { id: m.id })));
    expect(returned.some((m) => m.history.some((s) => s.status === 'non-aktif') && m.status === 'aktif')).toBe(true);
  });

  it('writes through the services, so the audit log has every member and unit', async () => {
    const t = await demoApp(5);
    expect(await t.must('audit:list', { entity: 'member', limit: 1000 })).toHaveLength(276);
    expect(await t.must('audit:list', { entity: 'unit', limit: 1000 })).toHaveLength(410);
  });

  it('refuses a database that already holds data, and changes nothing', async () => {
    const t = await demoApp(3);
    const auditBefore = await t.must('audit:list', { limit: 1000 });
    const result = await t.call('demo:create', { seed: 4 });
    expect(result.ok ? 'created' : result.error.code).toBe('NOT_EMPTY');
    expect(await t.must('members:list', {})).toHaveLength(276);
    expect(await t.must('units:list', {})).toHaveLength(410);
    expect(await t.must('audit:list', { limit: 1000 })).toEqual(auditBefore);

    // The CLI calls the generator directly; it refuses too, even with one member typed in by hand.
    const typed = await tempApp({ today: TODAY });
    open.push(typed);
    await typed.must('members:save', { memberNo: 'A-1', name: 'Siti Aminah', status: 'aktif' });
    expect(() => createDemoCentre(typed.ctx, 1)).toThrow(AppError);
    expect(await typed.must('members:list', {})).toHaveLength(1);
    expect((await typed.must('centre:get', {})).isConfigured).toBe(false);
  });
});

function countBy<T>(rows: T[], key: (row: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) counts[key(row)] = (counts[key(row)] ?? 0) + 1;
  return counts;
}
