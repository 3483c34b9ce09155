import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../main/core/dispatch';
import { tempApp, type TempApp } from '../helpers/temp-app';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
  await t.must('roadmap:save', {
    name: 'Roadmap Revitalisasi Sentra IKM Tanggulangin 2019–2026', startYear: 2019, endYear: 2026, baselineYear: 2018,
    kpis: [{ standard: 'export-usd' }, { standard: null, name: 'Pengunjung kawasan', unit: 'orang', measure: 'flow' }],
  });
});
afterEach(() => t.close());

describe('roadmap calls through the handler table', () => {
  it('adds, changes, removes and restores milestones, flags those past due and undone, and logs each change', async () => {
    const launch = await t.must('roadmap:saveMilestone', { title: 'Peluncuran Wisata 3 in 1', dueOn: '2022-06-30', status: 'in-progress', note: '  ' });
    expect(launch).toMatchObject({ title: 'Peluncuran Wisata 3 in 1', dueOn: '2022-06-30', status: 'in-progress', note: null, isOverdue: true });
    const done = await t.must('roadmap:saveMilestone', { ...launch, status: 'done', note: 'Diresmikan Bupati' });
    expect(done).toMatchObject({ id: launch.id, status: 'done', isOverdue: false, note: 'Diresmikan Bupati' });
    await t.must('roadmap:saveMilestone', { title: 'Sertifikasi REX', dueOn: '2027-03-31', status: 'planned' });
    expect((await t.must('roadmap:get', {}))?.milestones.map((m) => [m.title, m.status, m.isOverdue])).toEqual([
      ['Peluncuran Wisata 3 in 1', 'done', false], ['Sertifikasi REX', 'planned', false],
    ]);
    await t.must('roadmap:removeMilestone', { id: launch.id });
    expect((await t.must('roadmap:get', {}))?.milestones.map((m) => m.title)).toEqual(['Sertifikasi REX']);
    await t.must('roadmap:restoreMilestone', { id: launch.id });
    expect((await t.must('roadmap:get', {}))?.milestones).toHaveLength(2);
    const log = await t.must('audit:list', { limit: 10 });
    expect(log.filter((entry) => entry.entity === 'roadmap').map((entry) => entry.action)).toEqual([
      'milestone-restore', 'milestone-remove', 'milestone-create', 'milestone-update', 'milestone-create', 'create',
    ]);
  });

  it('rejects what the contract does not allow with a readable message, and changes nothing', async () => {
    // Past the typed client, as a hand-made HTTP request would come.
    const status = await dispatch(t.app, 'roadmap:saveMilestone', { title: 'X', dueOn: '2026-01-01', status: 'selesai' });
    expect(status.ok ? null : status.error.code).toBe('INVALID_INPUT');
    const date = await t.call('roadmap:saveMilestone', { title: 'X', dueOn: '31/12/2026', status: 'done' });
    expect(date.ok ? null : date.error.message).toBe('Isian tidak valid: dueOn: bukan tanggal yang benar (tulis hh/bb/tttt, mis. 17/08/2024)');
    const fraction = await t.call('roadmap:setCell', { kpiId: 1, year: 2025, kind: 'target', value: 12.5 });
    expect(fraction.ok ? null : fraction.error.message).toBe('Isian tidak valid: value: harus bilangan bulat');
    const growth = await t.call('roadmap:growTargets', { kpiId: 1, pct: 500 });
    expect(growth.ok ? null : growth.error.code).toBe('INVALID_INPUT');
    expect((await t.must('roadmap:get', {}))?.milestones).toEqual([]);
    expect((await t.must('roadmap:get', {}))?.kpis[0].years.every((cell) => cell.target === null)).toBe(true);
  });

  it('keeps own KPIs in hundredths and standard KPIs in their own steps', async () => {
    const view = await t.must('roadmap:get', {});
    expect(view?.kpis.map((kpi) => [kpi.label, kpi.unit, kpi.decimals, kpi.measure, kpi.direction])).toEqual([
      ['Nilai ekspor', 'USD', 2, 'flow', 'up'], ['Pengunjung kawasan', 'orang', 2, 'flow', 'up'],
    ]);
    const english = await t.call('roadmap:get', {}, 'en');
    expect(english.ok ? english.value?.kpis[0].label : null).toBe('Export value');
  });
});
