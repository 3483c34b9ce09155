import type { Db } from '../platform/db/connection';
import { RAMADAN_CAPACITY_PCT, type NationalPeriod } from '../planning/holidays-id';

/**
 * The demo's order book opens in January 2023, a year before the national calendar the app
 * ships with (planning/holidays-id.ts, 2024 on): the cooperative typed 2023 in by hand on the
 * Kalender Produksi screen, from SKB Menag, Menaker, MenPANRB No. 1066/2022, 3/2022, 4/2022,
 * changed by No. 327/2023, 1/2023, 1/2023 (cuti bersama of Lebaran and Iduladha), and 1 Ramadan
 * 1444 H by the sidang isbat (23 March). Idul Fitri fell on 22 April.
 */
const HOLIDAYS: readonly (readonly [string, string, string])[] = [
  ['2023-01-01', '2023-01-01', 'Tahun Baru 2023 Masehi'],
  ['2023-01-22', '2023-01-22', 'Tahun Baru Imlek 2574 Kongzili'],
  ['2023-01-23', '2023-01-23', 'Cuti bersama Tahun Baru Imlek'],
  ['2023-02-18', '2023-02-18', 'Isra Mikraj Nabi Muhammad SAW'],
  ['2023-03-22', '2023-03-22', 'Hari Suci Nyepi (Tahun Baru Saka 1945)'],
  ['2023-03-23', '2023-03-23', 'Cuti bersama Hari Suci Nyepi'],
  ['2023-04-07', '2023-04-07', 'Wafat Yesus Kristus'],
  ['2023-04-19', '2023-04-21', 'Cuti bersama Idul Fitri 1444 H'],
  ['2023-04-22', '2023-04-23', 'Idul Fitri 1444 H'],
  ['2023-04-24', '2023-04-25', 'Cuti bersama Idul Fitri 1444 H'],
  ['2023-05-01', '2023-05-01', 'Hari Buruh Internasional'],
  ['2023-05-18', '2023-05-18', 'Kenaikan Yesus Kristus'],
  ['2023-06-01', '2023-06-01', 'Hari Lahir Pancasila'],
  ['2023-06-02', '2023-06-02', 'Cuti bersama Hari Raya Waisak'],
  ['2023-06-04', '2023-06-04', 'Hari Raya Waisak 2567 BE'],
  ['2023-06-28', '2023-06-28', 'Cuti bersama Iduladha 1444 H'],
  ['2023-06-29', '2023-06-29', 'Iduladha 1444 H'],
  ['2023-06-30', '2023-06-30', 'Cuti bersama Iduladha 1444 H'],
  ['2023-07-19', '2023-07-19', 'Tahun Baru Islam 1445 H'],
  ['2023-08-17', '2023-08-17', 'Proklamasi Kemerdekaan'],
  ['2023-09-28', '2023-09-28', 'Maulid Nabi Muhammad SAW'],
  ['2023-12-25', '2023-12-25', 'Kelahiran Yesus Kristus (Natal)'],
  ['2023-12-26', '2023-12-26', 'Cuti bersama Natal'],
];

export const CALENDAR_2023: readonly NationalPeriod[] = [
  ...HOLIDAYS.map(([startsOn, endsOn, name]) => ({ startsOn, endsOn, kind: 'holiday' as const, capacityPct: 0, name })),
  { startsOn: '2023-03-23', endsOn: '2023-04-18', kind: 'ramadan', capacityPct: RAMADAN_CAPACITY_PCT, name: 'Jam kerja Ramadan 1444 H' },
  { startsOn: '2023-04-19', endsOn: '2023-04-26', kind: 'lebaran', capacityPct: 0, name: 'Libur Lebaran 1444 H (bengkel tutup)' },
];

/** In the caller's transaction, next to the national years the calendar store adds. */
export function writeCalendar2023(db: Db, now: string): number {
  const insert = db.prepare(
    `INSERT INTO calendar_period (starts_on, ends_on, kind, capacity_pct, name, created_at, updated_at)
     VALUES (@startsOn, @endsOn, @kind, @capacityPct, @name, @now, @now)`,
  );
  for (const period of CALENDAR_2023) insert.run({ ...period, now });
  return CALENDAR_2023.length;
}
