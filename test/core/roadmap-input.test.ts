import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RoadmapInput } from '../../shared/api/roadmap';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { ROADMAP } from './roadmap-centre';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
});
afterEach(() => t.close());

function counts(): Record<string, number> {
  const count = (table: string) => (t.app.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  return Object.fromEntries(['roadmap', 'roadmap_kpi', 'roadmap_target', 'roadmap_actual', 'roadmap_milestone', 'audit_log'].map((table) => [table, count(table)]));
}

async function refusal(input: RoadmapInput): Promise<string | null> {
  const result = await t.call('roadmap:save', input);
  return result.ok ? null : `${result.error.code}: ${result.error.message}`;
}

describe('a roadmap that does not hold together is refused, and nothing of it is written', () => {
  it('names the KPI and the year of a target outside the period, a baseline after it, a future actual', async () => {
    const before = counts();
    const outside: RoadmapInput = {
      ...ROADMAP,
      kpis: [ROADMAP.kpis[0], { standard: 'workers', targets: [{ year: 2026, value: 20 }, { year: 2028, value: 25 }] }],
    };
    expect(await refusal(outside)).toBe(
      'INVALID_INPUT: Target Tenaga kerja untuk tahun 2028 berada di luar periode roadmap 2024–2027. Hapus target itu atau perluas periodenya.',
    );
    expect(await refusal({ ...ROADMAP, baselineYear: 2028 })).toBe('INVALID_INPUT: Tahun dasar 2028 harus di dalam atau sebelum periode roadmap 2024–2027.');
    expect(await refusal({ ...ROADMAP, startYear: 2027, endYear: 2024 })).toBe('INVALID_INPUT: Tahun akhir roadmap (2024) tidak boleh sebelum tahun awalnya (2027).');
    expect(await refusal({ ...ROADMAP, kpis: [{ standard: 'members', actuals: [{ year: 2027, value: 300 }] }] })).toBe(
      'INVALID_INPUT: Realisasi Anggota koperasi untuk tahun 2027 belum bisa dicatat: tahun itu belum berjalan.',
    );
    expect(await refusal({ ...ROADMAP, kpis: [{ standard: 'members' }, { standard: 'members' }] })).toBe('INVALID_INPUT: KPI Anggota koperasi tercantum dua kali.');
    expect(await refusal({ ...ROADMAP, kpis: [{ standard: 'members' }, { standard: null, unit: 'orang' }] })).toBe('INVALID_INPUT: KPI sendiri pada baris 2 wajib diberi nama.');
    expect(await refusal({ ...ROADMAP, kpis: [{ standard: 'export-usd', targets: [{ year: 2025, value: 1 }, { year: 2025, value: 2 }] }] })).toBe(
      'INVALID_INPUT: Target Nilai ekspor untuk tahun 2025 tercantum dua kali.',
    );
    // The contract's own checks: negative and fractional values, a KPI list left empty.
    expect(await refusal({ ...ROADMAP, kpis: [{ standard: 'workers', targets: [{ year: 2025, value: -4 }] }] })).toContain('tidak boleh negatif');
    expect(await refusal({ ...ROADMAP, kpis: [] })).toContain('kpis: wajib diisi');
    expect(counts()).toEqual(before);
  });

  it('refuses a shorter period that would leave stored targets outside it, and a cell outside the period', async () => {
    const view = await t.must('roadmap:save', ROADMAP);
    const before = counts();
    const header = { ...ROADMAP, endYear: 2026, kpis: ROADMAP.kpis.map(({ targets: _t, actuals: _a, ...rest }) => rest) };
    expect(await refusal(header)).toBe(
      'INVALID_INPUT: Target Nilai ekspor untuk tahun 2027 berada di luar periode roadmap 2024–2026. Hapus target itu atau perluas periodenya.',
    );
    const exportsId = view.kpis[0].id;
    const cell = await t.call('roadmap:setCell', { kpiId: exportsId, year: 2023, kind: 'target', value: 1 });
    expect(cell.ok ? null : cell.error.message).toBe('Target Nilai ekspor untuk tahun 2023 berada di luar periode roadmap 2024–2027. Hapus target itu atau perluas periodenya.');
    const english = await t.call('roadmap:setCell', { kpiId: exportsId, year: 2030, kind: 'actual', value: 1 }, 'en');
    expect(english.ok ? null : english.error.message).toBe('The Export value actual for 2030 lies outside the roadmap years 2023–2027.');
    const stranger = await t.call('roadmap:setCell', { kpiId: 999, year: 2025, kind: 'target', value: 1 });
    expect(stranger.ok ? null : stranger.error).toMatchObject({ code: 'NOT_FOUND', message: 'KPI nomor 999 bukan bagian roadmap ini.' });
    expect(counts()).toEqual(before);
    expect((await t.must('roadmap:get', {}))?.endYear).toBe(2027);
  });

  it('asks for a roadmap before milestones or cells', async () => {
    const milestone = await t.call('roadmap:saveMilestone', { title: 'Wisata 3 in 1', dueOn: '2022-06-30', status: 'done' });
    expect(milestone.ok ? null : milestone.error).toMatchObject({ code: 'NOT_FOUND', message: 'Belum ada roadmap revitalisasi. Susun dulu di layar Roadmap Revitalisasi.' });
    expect(counts().roadmap_milestone).toBe(0);
  });
});
