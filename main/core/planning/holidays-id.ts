import type { CalendarKind } from '../../../shared/api/planning';

/**
 * Indonesia's national holidays and cuti bersama, the Lebaran shutdown and Ramadan's shorter
 * hours, 2024–2027: the production calendar a new centre starts with (DOMAIN §8). Dates are data,
 * never worked out in code: the Hijri, Chinese, Saka and Buddhist holidays move every year and
 * are fixed each year by a joint decree of three ministers (SKB 3 Menteri: Agama, Ketenagakerjaan,
 * PANRB). The centre edits them on the Kalender Produksi screen; a later decree or a sidang isbat
 * that moves a day is entered there.
 *
 * For private firms cuti bersama is optional (SE Menaker 2/MEN/XII/2016); a workshop that works
 * those days changes the row to 100 %.
 */

export interface NationalPeriod {
  startsOn: string;
  endsOn: string;
  kind: CalendarKind;
  capacityPct: number;
  name: string;
}

/** Shorter days in the fasting month: about one hour less of an eight-hour day. */
export const RAMADAN_CAPACITY_PCT = 85;

type Day = string | readonly [from: string, to: string];

interface NationalYear {
  year: number;
  /** Where the dates come from, as the calendar's audit entry names it. */
  source: string;
  holidays: readonly (readonly [Day, string])[];
  cutiBersama: readonly (readonly [Day, string])[];
  /** 1 Ramadan to the day before the shutdown. */
  ramadan: readonly [from: string, to: string, hijriYear: string];
  /** The week the workshops close around Idul Fitri (the workers go home, mudik). */
  lebaran: readonly [from: string, to: string, hijriYear: string];
}

export const NATIONAL_YEARS: readonly NationalYear[] = [
  {
    year: 2024,
    source: 'SKB Menag, Menaker, MenPANRB No. 855/2023, 3/2023, 4/2023; Pemilu 14/02 and Pilkada 27/11 by Keputusan Presiden; 1 Ramadan 1445 H by sidang isbat Kemenag',
    holidays: [
      ['2024-01-01', 'Tahun Baru 2024 Masehi'],
      ['2024-02-08', 'Isra Mikraj Nabi Muhammad SAW'],
      ['2024-02-10', 'Tahun Baru Imlek 2575 Kongzili'],
      ['2024-02-14', 'Hari pemungutan suara Pemilu 2024'],
      ['2024-03-11', 'Hari Suci Nyepi (Tahun Baru Saka 1946)'],
      ['2024-03-29', 'Wafat Yesus Kristus'],
      ['2024-03-31', 'Kebangkitan Yesus Kristus (Paskah)'],
      [['2024-04-10', '2024-04-11'], 'Idul Fitri 1445 H'],
      ['2024-05-01', 'Hari Buruh Internasional'],
      ['2024-05-09', 'Kenaikan Yesus Kristus'],
      ['2024-05-23', 'Hari Raya Waisak 2568 BE'],
      ['2024-06-01', 'Hari Lahir Pancasila'],
      ['2024-06-17', 'Iduladha 1445 H'],
      ['2024-07-07', 'Tahun Baru Islam 1446 H'],
      ['2024-08-17', 'Proklamasi Kemerdekaan'],
      ['2024-09-16', 'Maulid Nabi Muhammad SAW'],
      ['2024-11-27', 'Hari pemungutan suara Pilkada serentak 2024'],
      ['2024-12-25', 'Kelahiran Yesus Kristus (Natal)'],
    ],
    cutiBersama: [
      ['2024-02-09', 'Cuti bersama Tahun Baru Imlek'],
      ['2024-03-12', 'Cuti bersama Hari Suci Nyepi'],
      [['2024-04-08', '2024-04-09'], 'Cuti bersama Idul Fitri 1445 H'],
      ['2024-04-12', 'Cuti bersama Idul Fitri 1445 H'],
      ['2024-04-15', 'Cuti bersama Idul Fitri 1445 H'],
      ['2024-05-10', 'Cuti bersama Kenaikan Yesus Kristus'],
      ['2024-05-24', 'Cuti bersama Hari Raya Waisak'],
      ['2024-06-18', 'Cuti bersama Iduladha 1445 H'],
      ['2024-12-26', 'Cuti bersama Natal'],
    ],
    ramadan: ['2024-03-12', '2024-04-07', '1445 H'],
    lebaran: ['2024-04-08', '2024-04-15', '1445 H'],
  },
  {
    year: 2025,
    source: 'SKB Menag, Menaker, MenPANRB No. 1017/2024, 2/2024, 2/2024, changed by No. 933/2025, 1/2025, 3/2025 (cuti bersama 18/08); 1 Ramadan 1446 H by sidang isbat Kemenag',
    holidays: [
      ['2025-01-01', 'Tahun Baru 2025 Masehi'],
      ['2025-01-27', 'Isra Mikraj Nabi Muhammad SAW'],
      ['2025-01-29', 'Tahun Baru Imlek 2576 Kongzili'],
      ['2025-03-29', 'Hari Suci Nyepi (Tahun Baru Saka 1947)'],
      [['2025-03-31', '2025-04-01'], 'Idul Fitri 1446 H'],
      ['2025-04-18', 'Wafat Yesus Kristus'],
      ['2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)'],
      ['2025-05-01', 'Hari Buruh Internasional'],
      ['2025-05-12', 'Hari Raya Waisak 2569 BE'],
      ['2025-05-29', 'Kenaikan Yesus Kristus'],
      ['2025-06-01', 'Hari Lahir Pancasila'],
      ['2025-06-06', 'Iduladha 1446 H'],
      ['2025-06-27', 'Tahun Baru Islam 1447 H'],
      ['2025-08-17', 'Proklamasi Kemerdekaan'],
      ['2025-09-05', 'Maulid Nabi Muhammad SAW'],
      ['2025-12-25', 'Kelahiran Yesus Kristus (Natal)'],
    ],
    cutiBersama: [
      ['2025-01-28', 'Cuti bersama Tahun Baru Imlek'],
      ['2025-03-28', 'Cuti bersama Hari Suci Nyepi'],
      [['2025-04-02', '2025-04-04'], 'Cuti bersama Idul Fitri 1446 H'],
      ['2025-04-07', 'Cuti bersama Idul Fitri 1446 H'],
      ['2025-05-13', 'Cuti bersama Hari Raya Waisak'],
      ['2025-05-30', 'Cuti bersama Kenaikan Yesus Kristus'],
      ['2025-06-09', 'Cuti bersama Iduladha 1446 H'],
      ['2025-08-18', 'Cuti bersama HUT ke-80 Republik Indonesia'],
      ['2025-12-26', 'Cuti bersama Natal'],
    ],
    ramadan: ['2025-03-01', '2025-03-30', '1446 H'],
    lebaran: ['2025-03-31', '2025-04-07', '1446 H'],
  },
  {
    year: 2026,
    source: 'SKB Menag, Menaker, MenPANRB No. 1497/2025, 2/2025, 5/2025 (17 holidays, 8 cuti bersama); 1 Ramadan 1447 H (19/02) by sidang isbat Kemenag',
    holidays: [
      ['2026-01-01', 'Tahun Baru 2026 Masehi'],
      ['2026-01-16', 'Isra Mikraj Nabi Muhammad SAW'],
      ['2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'],
      ['2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)'],
      [['2026-03-21', '2026-03-22'], 'Idul Fitri 1447 H'],
      ['2026-04-03', 'Wafat Yesus Kristus'],
      ['2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)'],
      ['2026-05-01', 'Hari Buruh Internasional'],
      ['2026-05-14', 'Kenaikan Yesus Kristus'],
      ['2026-05-27', 'Iduladha 1447 H'],
      ['2026-05-31', 'Hari Raya Waisak 2570 BE'],
      ['2026-06-01', 'Hari Lahir Pancasila'],
      ['2026-06-16', 'Tahun Baru Islam 1448 H'],
      ['2026-08-17', 'Proklamasi Kemerdekaan'],
      ['2026-08-25', 'Maulid Nabi Muhammad SAW'],
      ['2026-12-25', 'Kelahiran Yesus Kristus (Natal)'],
    ],
    cutiBersama: [
      ['2026-02-16', 'Cuti bersama Tahun Baru Imlek'],
      ['2026-03-18', 'Cuti bersama Hari Suci Nyepi'],
      ['2026-03-20', 'Cuti bersama Idul Fitri 1447 H'],
      [['2026-03-23', '2026-03-24'], 'Cuti bersama Idul Fitri 1447 H'],
      ['2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus'],
      ['2026-05-28', 'Cuti bersama Iduladha 1447 H'],
      ['2026-12-24', 'Cuti bersama Natal'],
    ],
    ramadan: ['2026-02-19', '2026-03-17', '1447 H'],
    lebaran: ['2026-03-18', '2026-03-24', '1447 H'],
  },
  {
    year: 2027,
    source: 'SKB 3 Menteri on the holidays and cuti bersama of 2027 (published September 2026, setneg.go.id); Idul Fitri and Iduladha 1448 H await the sidang isbat; 1 Ramadan 1448 H estimated by hisab',
    holidays: [
      ['2027-01-01', 'Tahun Baru 2027 Masehi'],
      ['2027-01-05', 'Isra Mikraj Nabi Muhammad SAW (1448 H)'],
      ['2027-02-06', 'Tahun Baru Imlek 2578 Kongzili'],
      ['2027-03-08', 'Hari Suci Nyepi (Tahun Baru Saka 1949)'],
      [['2027-03-10', '2027-03-11'], 'Idul Fitri 1448 H'],
      ['2027-03-26', 'Wafat Yesus Kristus'],
      ['2027-03-28', 'Kebangkitan Yesus Kristus (Paskah)'],
      ['2027-05-01', 'Hari Buruh Internasional'],
      ['2027-05-06', 'Kenaikan Yesus Kristus'],
      ['2027-05-17', 'Iduladha 1448 H'],
      ['2027-05-20', 'Hari Raya Waisak 2571 BE'],
      ['2027-06-01', 'Hari Lahir Pancasila'],
      ['2027-06-06', 'Tahun Baru Islam 1449 H'],
      ['2027-08-15', 'Maulid Nabi Muhammad SAW'],
      ['2027-08-17', 'Proklamasi Kemerdekaan'],
      ['2027-12-25', 'Kelahiran Yesus Kristus (Natal)'],
      ['2027-12-26', 'Isra Mikraj Nabi Muhammad SAW (1449 H)'],
    ],
    cutiBersama: [
      ['2027-02-05', 'Cuti bersama Tahun Baru Imlek'],
      ['2027-03-09', 'Cuti bersama Idul Fitri 1448 H'],
      ['2027-03-12', 'Cuti bersama Idul Fitri 1448 H'],
      ['2027-03-15', 'Cuti bersama Idul Fitri 1448 H'],
      ['2027-03-25', 'Cuti bersama Wafat Yesus Kristus'],
      ['2027-05-18', 'Cuti bersama Iduladha 1448 H'],
      ['2027-05-19', 'Cuti bersama Hari Raya Waisak'],
      ['2027-12-24', 'Cuti bersama Natal'],
    ],
    ramadan: ['2027-02-08', '2027-03-08', '1448 H'],
    lebaran: ['2027-03-09', '2027-03-15', '1448 H'],
  },
];

function span(day: Day): { startsOn: string; endsOn: string } {
  return typeof day === 'string' ? { startsOn: day, endsOn: day } : { startsOn: day[0], endsOn: day[1] };
}

/** Every period of the years above, in date order: what a new centre's calendar starts with. */
export function nationalPeriods(): NationalPeriod[] {
  const periods: NationalPeriod[] = [];
  for (const year of NATIONAL_YEARS) {
    for (const [day, name] of [...year.holidays, ...year.cutiBersama]) periods.push({ ...span(day), kind: 'holiday', capacityPct: 0, name });
    const [ramadanFrom, ramadanTo, ramadanYear] = year.ramadan;
    periods.push({ startsOn: ramadanFrom, endsOn: ramadanTo, kind: 'ramadan', capacityPct: RAMADAN_CAPACITY_PCT, name: `Jam kerja Ramadan ${ramadanYear}` });
    const [lebaranFrom, lebaranTo, lebaranYear] = year.lebaran;
    periods.push({ startsOn: lebaranFrom, endsOn: lebaranTo, kind: 'lebaran', capacityPct: 0, name: `Libur Lebaran ${lebaranYear} (bengkel tutup)` });
  }
  return periods.sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.endsOn.localeCompare(b.endsOn));
}

export const NATIONAL_FIRST_YEAR = NATIONAL_YEARS[0].year;
export const NATIONAL_LAST_YEAR = NATIONAL_YEARS[NATIONAL_YEARS.length - 1].year;
