import type { RoadmapInput } from '../../shared/api/roadmap';
import type { TempApp } from '../helpers/temp-app';

/**
 * A small centre with a dated registry and export history (today 23 November 2026):
 * - units: UA (10 workers, 500 pcs/month) and UB (6, 300) active from 2022; UB dormant from June
 *   2025; UC (8, 400) active from March 2024 → active units 2, 2, 3, 2, 2 at the ends of 2022–2026;
 * - members: joined 2022, 2023 and 2024, the last left in 2025 → 1, 2, 3, 2, 2;
 * - exports: USD 100 a month in 2023, 105 in 2024, 110 for January–June 2025 only, 120 a month
 *   January–October 2026; nothing in 2022.
 */
export async function roadmapCentre(t: TempApp): Promise<void> {
  const unit = (unitCode: string, workers: number, monthlyCapacity: number, isActive: boolean, stateFrom: string, id?: number) =>
    t.must('units:save', { id, unitCode, name: `Usaha ${unitCode}`, workers, monthlyCapacity, isActive, stateFrom, categories: [] });
  await unit('UA', 10, 500, true, '2022-01-01');
  const ub = await unit('UB', 6, 300, true, '2022-01-01');
  await unit('UB', 6, 300, false, '2025-06-01', ub.id);
  await unit('UC', 8, 400, true, '2024-03-01');
  await t.must('members:save', { memberNo: 'A-1', name: 'Anggota Satu', joinedOn: '2022-01-10', status: 'aktif' });
  await t.must('members:save', { memberNo: 'A-2', name: 'Anggota Dua', joinedOn: '2023-05-01', status: 'aktif' });
  const leaving = await t.must('members:save', { memberNo: 'A-3', name: 'Anggota Tiga', joinedOn: '2024-01-01', status: 'aktif' });
  await t.must('members:save', { ...leaving, id: leaving.id, status: 'keluar', statusFrom: '2025-01-01' });
  const months = (year: number, count: number, usd: number) =>
    Array.from({ length: count }, (_, i) => ({ year, month: i + 1, country: 'US', category: 'tas', hsCode: '4202.21', fobUsdCents: usd * 100 }));
  for (const row of [...months(2023, 12, 100), ...months(2024, 12, 105), ...months(2025, 6, 110), ...months(2026, 10, 120)]) await t.must('exports:save', row);
}

/** 2024–2027 from baseline 2023: exports +5 % a year from USD 1.200, the standard KPIs, visitors of its own. */
export const ROADMAP: RoadmapInput = {
  name: 'Revitalisasi Sentra Uji 2024–2027',
  startYear: 2024,
  endYear: 2027,
  baselineYear: 2023,
  kpis: [
    { standard: 'export-usd', targets: [{ year: 2024, value: 126_000 }, { year: 2025, value: 132_300 }, { year: 2026, value: 138_915 }, { year: 2027, value: 145_861 }] },
    { standard: 'production-idr', targets: [{ year: 2025, value: 5_000_000 }, { year: 2026, value: 6_000_000 }] },
    { standard: 'active-units', targets: [{ year: 2024, value: 3 }, { year: 2025, value: 3 }, { year: 2026, value: 4 }] },
    { standard: 'workers', targets: [{ year: 2026, value: 20 }] },
    { standard: 'members', targets: [{ year: 2026, value: 2 }], actuals: [{ year: 2023, value: 280, note: 'Laporan RAT 2023' }] },
    {
      standard: null, name: 'Pengunjung kawasan', unit: 'orang', direction: 'up', measure: 'flow',
      targets: [{ year: 2024, value: 30_000_000 }, { year: 2026, value: 40_000_000 }],
      actuals: [{ year: 2023, value: 25_000_000, note: null }, { year: 2024, value: 31_000_000, note: 'Dinas Pariwisata' }],
    },
  ],
};
