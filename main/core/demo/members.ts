import { memberInput, type MemberStatus, type MemberValues } from '../../../shared/domain/member';
import type { CallContext } from '../platform/app';
import { setMemberStatus } from '../registry/member-queries';
import { writeMember } from '../registry/members';
import { FEMALE_FIRST, FEMALE_SECOND, MALE_FIRST, MALE_SECOND, PHONE_PREFIXES, STREETS, VILLAGES } from './names';
import { notAfter, type Random } from './random';

/** INTAKO was founded on 3 April 1976 by 27 members; 276 members were counted in 2018. */
export const FOUNDED_ON = '1976-04-03';
const FOUNDERS = 27;
export const MEMBER_COUNT = 276;
/** The Lapindo mudflow began on 29 May 2006 and emptied the showrooms along the main road. */
export const MUDFLOW = '2006-05-29';
/** The ministry's revitalisation roadmap for the centre started in 2017. */
export const REVITALISATION = '2017-01-01';

export interface StatusPeriod {
  from: string;
  status: MemberStatus;
}

/** A member as it stands today, with every status period since joining (oldest first). */
export interface DemoMember {
  values: MemberValues;
  periods: StatusPeriod[];
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

export function streetAddress(random: Random, village: string): string {
  const street = random.chance(0.25) ? `Raya ${village}` : random.pick(STREETS);
  return `Jl. ${street} No. ${random.int(1, 120)} RT ${pad(random.int(1, 8), 2)}/RW ${pad(random.int(1, 5), 2)}`;
}

function personName(random: Random, gender: 'L' | 'P', isOlder: boolean): string {
  const first = random.pick(gender === 'L' ? MALE_FIRST : FEMALE_FIRST);
  let name: string = first;
  // "Moch." and "Nur" are never a whole name on their own.
  if (first === 'Moch.' || first === 'Nur' || random.chance(0.8)) {
    let second: string = random.pick(gender === 'L' ? MALE_SECOND : FEMALE_SECOND);
    while (second === first) second = random.pick(gender === 'L' ? MALE_SECOND : FEMALE_SECOND);
    name = `${first} ${second}`;
  }
  // Older members who made the pilgrimage are listed with their title, as on real member lists.
  return isOlder && random.chance(0.12) ? `${gender === 'L' ? 'H.' : 'Hj.'} ${name}` : name;
}

/** NIK KTP: 35 15 06 (Kec. Tanggulangin), birth DDMMYY with 40 added to a woman's day, serial. */
function nik(random: Random, gender: 'L' | 'P', birth: string, used: Set<string>): string {
  const [year, month, day] = birth.split('-');
  const base = `351506${pad(Number(day) + (gender === 'P' ? 40 : 0), 2)}${month}${year.slice(2)}`;
  let serial = random.int(1, 9);
  while (used.has(base + pad(serial, 4))) serial++;
  used.add(base + pad(serial, 4));
  return base + pad(serial, 4);
}

function phone(random: Random): string {
  let digits = random.pick(PHONE_PREFIXES) as string;
  const length = random.int(11, 12);
  while (digits.length < length) digits += String(random.int(0, 9));
  return digits;
}

/** Join dates in member-number order: the founders first, the rest weighted by era. */
function joinDates(random: Random, today: string): string[] {
  const eras: [string, string][] = [];
  const weights: (readonly [[string, string], number])[] = [
    [['1977-01-01', '1989-12-31'], 70],
    [['1990-01-01', '2006-05-28'], 120],
    [[MUDFLOW, '2016-12-31'], 22], // few joined while the centre was shrinking
    [[REVITALISATION, today], 37],
  ];
  for (let i = FOUNDERS; i < MEMBER_COUNT; i++) eras.push(random.weighted(weights));
  const rest = eras.map(([from, to]) => notAfter(random.dateBetween(from, notAfter(to, today)), today)).sort();
  return [...Array<string>(FOUNDERS).fill(FOUNDED_ON), ...rest];
}

/**
 * Status over the years: many members went quiet after the mudflow and some came back under
 * the revitalisation, so that "members active on a date" differs between 2005, 2015 and today.
 */
function statusPeriods(random: Random, joinedOn: string, isFounder: boolean, today: string): StatusPeriod[] {
  const periods: StatusPeriod[] = [{ from: joinedOn, status: 'aktif' }];
  const change = (from: string, to: string, status: MemberStatus) => {
    const last = periods[periods.length - 1];
    const date = notAfter(random.dateBetween(from, to), today);
    if (date > last.from && status !== last.status) periods.push({ from: date, status });
  };
  if (joinedOn < MUDFLOW) {
    if (isFounder && random.chance(0.25)) change('1996-01-01', '2016-12-31', 'keluar');
    else if (random.chance(0.32)) {
      change('2006-09-01', '2008-12-31', 'non-aktif');
      const roll = random.next();
      if (roll < 0.55) change('2017-06-01', '2021-12-31', 'aktif');
      else if (roll < 0.63) change('2010-01-01', '2016-12-31', 'keluar');
    } else if (random.chance(0.03)) change('2009-01-01', '2024-12-31', 'keluar');
  } else if (joinedOn < REVITALISATION && random.chance(0.12)) {
    change('2020-04-01', '2021-06-30', 'non-aktif'); // the pandemic closed the showroom
    if (random.chance(0.5)) change('2022-01-01', '2023-12-31', 'aktif');
  }
  if (periods[periods.length - 1].status === 'aktif' && random.chance(0.03)) change('2023-01-01', today, 'non-aktif');
  return periods;
}

export function planMembers(random: Random, today: string): DemoMember[] {
  const usedNiks = new Set<string>();
  const usedNames = new Set<string>();
  const todayYear = Number(today.slice(0, 4));
  return joinDates(random, today).map((joinedOn, index) => {
    const isFounder = index < FOUNDERS;
    const joinYear = Number(joinedOn.slice(0, 4));
    const gender = random.chance(isFounder ? 0.8 : 0.58) ? 'L' : 'P';
    const birthYear = Math.min(joinYear - random.int(isFounder ? 24 : 21, 45), todayYear - 19);
    const birth = random.dateBetween(`${birthYear}-01-01`, `${birthYear}-12-31`);
    let name = personName(random, gender, birthYear < 1970);
    for (let tries = 0; usedNames.has(name) && tries < 20; tries++) name = personName(random, gender, birthYear < 1970);
    usedNames.add(name);
    const village = random.weighted(VILLAGES);
    const periods = statusPeriods(random, joinedOn, isFounder, today);
    const current = periods[periods.length - 1];
    const values = memberInput.parse({
      memberNo: `INT-${pad(index + 1, 4)}`,
      name,
      nik: nik(random, gender, birth, usedNiks),
      // Some of the oldest members have no mobile number on file.
      phone: birthYear < 1945 && random.chance(0.3) ? null : phone(random),
      gender,
      address: streetAddress(random, village),
      village,
      district: 'Tanggulangin',
      regency: 'Sidoarjo',
      joinedOn,
      status: current.status,
      statusFrom: current.from,
    });
    return { values, periods };
  });
}

/** Writes through the member service (audit, current status), then the older status periods. */
export function writeDemoMember(ctx: CallContext, member: DemoMember): number {
  const id = writeMember(ctx, member.values);
  const now = ctx.app.now();
  for (const period of member.periods.slice(0, -1)) setMemberStatus(ctx.app.db, id, period.from, period.status, now);
  return id;
}
