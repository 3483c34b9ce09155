import { milestoneInput, roadmapInput, type MilestoneStatus } from '../../../shared/api/roadmap';
import type { CallContext } from '../platform/app';
import { saveRoadmap } from '../roadmap/roadmap';
import { growthTarget } from '../roadmap/cells';
import { measuredActuals } from '../roadmap/measured';
import { saveMilestone } from '../roadmap/milestones';

/**
 * The Tanggulangin revitalisation roadmap 2019–2026 from baseline 2018 (DOMAIN.md): exports +5 %
 * a year from 2018's export history, turnover rising to Rp81 miliar a year, units revived, workers
 * towards 2,500, members towards 276, and visitors of the "Wisata 3 in 1" area as the centre's own
 * KPI. Turnover and visitors come from the cooperative's annual reports (RAT) and the tourism
 * office, typed by hand; the rest is measured from the demo's own data. Milestones are dated facts
 * of the programme with the statuses a late-2026 manager would give them.
 */

const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
const MILIAR = 1_000_000_000;
/** Turnover target (Rp miliar) per year of the period, and the RAT's reported turnover since the baseline. */
const TURNOVER_TARGET = [62, 65, 68, 71, 74, 77, 79, 81];
const TURNOVER_RAT: Record<number, number> = { 2018: 60, 2019: 63.4, 2020: 38.9, 2021: 49.7, 2022: 61.2, 2023: 67.8, 2024: 72.5, 2025: 76.1 };
/** Visitors of the tourism area: 2026 is January–October. */
const VISITORS: Record<number, number> = { 2018: 260_000, 2019: 271_500, 2020: 96_400, 2021: 128_700, 2022: 214_300, 2023: 268_900, 2024: 301_200, 2025: 322_600, 2026: 285_000 };

const MILESTONES: [string, string, MilestoneStatus, string | null][] = [
  ['Penyusunan roadmap revitalisasi bersama Ditjen IKMA, Pemkab Sidoarjo dan ITS', '2018-12-20', 'done', null],
  ['Renovasi gedung INTAKO dan showroom (DAK 2019, ± Rp9 miliar)', '2019-12-15', 'done', null],
  ['Penataan kawasan dan jalur pedestrian sentra (DAK 2020, ± Rp3,2 miliar)', '2020-12-15', 'done', 'Sebagian tertunda pandemi; serah terima Maret 2021'],
  ['Peluncuran Wisata 3 in 1: belanja, budaya-kuliner, edukasi industri', '2022-06-30', 'done', null],
  ['Pelatihan desain dan mutu ekspor untuk 60 unit usaha', '2023-10-31', 'done', 'Bersama Balai Besar Kulit, Karet dan Plastik'],
  ['Ruang edukasi industri (bengkel terbuka) beroperasi', '2024-12-31', 'late', 'Menunggu izin bangunan; target baru Juni 2027'],
  ['Pendaftaran eksportir terdaftar (REX) untuk pasar Uni Eropa', '2026-06-30', 'in-progress', 'Dokumen NIB dan NPWP 40 unit sudah dikumpulkan'],
  ['Profil 100 unit usaha di e-Smart IKM', '2026-09-30', 'late', '64 dari 100 profil sudah tayang'],
  ['Pameran Trade Expo Indonesia', '2026-10-18', 'done', null],
  ['Evaluasi akhir roadmap dan penyusunan roadmap 2027–2031', '2026-12-15', 'planned', null],
];

/** Straight from the baseline to the last year's target. */
function line(from: number, to: number): { year: number; value: number }[] {
  return YEARS.map((year, i) => ({ year, value: Math.round(from + ((to - from) * (i + 1)) / YEARS.length) }));
}

export function writeDemoRoadmap(ctx: CallContext): void {
  const today = ctx.app.today();
  const thisYear = Number(today.slice(0, 4));
  const measured = measuredActuals(ctx.app.db, 2018, 2018, today);
  const base = (kpi: 'export-usd' | 'active-units' | 'workers' | 'members', fallback: number) => measured[kpi].get(2018)?.value ?? fallback;
  // Only years that have begun take an actual; the current year's RAT is not out yet.
  const typed = (values: Record<number, number>, scale: number, note: (year: number) => string, upTo: number) =>
    Object.entries(values)
      .map(([year, value]) => ({ year: Number(year), value: Math.round(value * scale), note: note(Number(year)) }))
      .filter((entry) => entry.year <= upTo);
  const units = base('active-units', 252);
  saveRoadmap(ctx, roadmapInput.parse({
    name: 'Roadmap Revitalisasi Sentra IKM Tas dan Koper Tanggulangin 2019–2026',
    startYear: 2019, endYear: 2026, baselineYear: 2018,
    kpis: [
      { standard: 'export-usd', targets: YEARS.map((year) => ({ year, value: growthTarget(base('export-usd', 29_343_900), 5, year - 2018) })) },
      {
        standard: 'production-idr', targets: YEARS.map((year, i) => ({ year, value: TURNOVER_TARGET[i] * MILIAR })),
        actuals: typed(TURNOVER_RAT, MILIAR, (year) => `Laporan RAT ${year}`, thisYear - 1),
      },
      { standard: 'active-units', targets: line(units, units + 12 * YEARS.length) },
      { standard: 'workers', targets: line(base('workers', 1_388), 2_500) },
      { standard: 'members', targets: line(base('members', 225), 276) },
      {
        standard: null, name: 'Pengunjung kawasan Wisata 3 in 1', unit: 'orang', direction: 'up', measure: 'flow',
        // Whole people: the growth is rounded to the nearest visitor.
        targets: YEARS.map((year) => ({ year, value: growthTarget(VISITORS[2018], 3, year - 2018) * 100 })),
        actuals: typed(VISITORS, 100, (year) => (year === 2026 ? 'Dinas Pariwisata, Januari–Oktober' : 'Dinas Pariwisata'), thisYear).map((entry) => (entry.year === 2026 ? { ...entry, monthsCovered: 10 } : entry)),
      },
    ],
  }));
  for (const [title, dueOn, status, note] of MILESTONES) saveMilestone(ctx, milestoneInput.parse({ title, dueOn, status, note }));
}
