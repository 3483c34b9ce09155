import { unitInput, type UnitValues } from '../../../shared/domain/unit';
import type { CallContext } from '../platform/app';
import { setUnitState } from '../registry/unit-queries';
import { writeUnit } from '../registry/units';
import { calibrateWorkers, drawWorkers, isActiveToday, stateEvents, type ActivitySwitch, type UnitStory } from './history';
import { MUDFLOW, REVITALISATION, streetAddress, type DemoMember } from './members';
import { BRAND_PREFIX, BRAND_WORDS, FIRM_FORMS, VILLAGES } from './names';
import { addDays, notAfter, type Random } from './random';

/** 410 units (Kemenperin 2018): 245 members own one, 55 of them a second, the rest have no member owner. */
export const UNIT_COUNT = 410;
const OWNERS = 245;
const SECOND_UNITS = 55;

/** Codes of the seeded product_category rows; bags dominate the centre. */
const MAIN_CATEGORY: readonly (readonly [string, number])[] = [
  ['tas', 60], ['koper', 10], ['dompet', 12], ['ikat-pinggang', 6], ['sepatu', 6], ['jaket', 3], ['aksesoris', 3],
];
const SIDE_LINES: Record<string, readonly string[]> = {
  tas: ['dompet', 'koper', 'aksesoris'], koper: ['tas'], dompet: ['ikat-pinggang', 'tas', 'aksesoris'],
  'ikat-pinggang': ['dompet'], sepatu: ['tas'], jaket: ['tas', 'ikat-pinggang'], aksesoris: ['dompet'],
};

/**
 * Pieces per worker per month (DOMAIN §6; shoes and jackets are working estimates), held to what
 * the catalogue's labour minutes allow in a 40-hour week (about 10.400 minutes a month): a leather
 * bag of the centre's range takes 2–9 hours, so a leather-bag worker makes 40–80 a month, not
 * DOMAIN's 60–120 for small bags; synthetic bags take 1–2 hours.
 */
function ratePerWorker(random: Random, category: string): number {
  switch (category) {
    case 'tas': return random.chance(0.35) ? random.int(40, 80) : random.int(100, 180); // leather or synthetic
    case 'koper': return random.int(15, 30);
    case 'dompet': return random.int(150, 300);
    case 'ikat-pinggang': case 'aksesoris': return random.int(300, 600);
    case 'sepatu': return random.int(40, 80);
    default: return random.int(8, 15);
  }
}

/** Whole tens of pieces a month; a dormant unit without workers makes nothing. */
export function capacityFor(workers: number, rate: number): number {
  return workers === 0 ? 0 : Math.max(10, Math.round((workers * rate) / 10) * 10);
}

interface UnitPlan {
  founded: string;
  ownerMemberNo: string | null;
  village: string;
  address: string;
  story: UnitStory;
}

function switchesOf(member: DemoMember): ActivitySwitch[] {
  return member.periods.map((period) => ({ from: period.from, isActive: period.status === 'aktif' }));
}

/** A workshop that did not follow its owner's membership: mudflow, revival or quiet decline. */
function ownStory(random: Random, founded: string, today: string): UnitStory {
  const start = { from: founded, isActive: true };
  const workers = drawWorkers(random);
  if (founded < MUDFLOW) {
    const roll = random.next();
    if (roll < 0.55) return { switches: [start], hasMudflowDip: true, workers };
    if (roll < 0.8) {
      const asleep = { from: random.dateBetween('2006-07-01', '2008-12-31'), isActive: false };
      const revived = { from: notAfter(random.dateBetween('2017-03-01', '2021-12-31'), today), isActive: true };
      return { switches: [start, asleep, revived], hasMudflowDip: false, workers };
    }
    if (roll < 0.9) return { switches: [start, { from: random.dateBetween('2006-07-01', '2012-12-31'), isActive: false }], hasMudflowDip: false, workers };
    return { switches: [start], hasMudflowDip: false, workers };
  }
  if (founded < REVITALISATION && random.chance(0.25)) {
    const closed = { from: notAfter(random.dateBetween(addDays(founded, 365), '2021-12-31'), today), isActive: false };
    return { switches: [start, closed], hasMudflowDip: false, workers };
  }
  return { switches: [start], hasMudflowDip: false, workers };
}

function planUnits(random: Random, members: DemoMember[], today: string): UnitPlan[] {
  const plans: UnitPlan[] = [];
  const owners = random.shuffle(members.filter((m) => m.values.status !== 'keluar')).slice(0, OWNERS);
  for (const owner of owners) {
    const { joinedOn, memberNo, village, address } = owner.values;
    const founded = joinedOn ?? today;
    const switches = switchesOf(owner);
    // A member's workshop sleeps and wakes with its owner; steady members' workshops have their own story.
    const story = switches.length > 1 ? { switches, hasMudflowDip: false, workers: drawWorkers(random) } : ownStory(random, founded, today);
    const home = village ?? 'Kludan';
    plans.push({ founded, ownerMemberNo: memberNo, village: home, address: random.chance(0.75) && address ? address : streetAddress(random, home), story });
  }
  const growing = owners.filter((m) => m.values.status === 'aktif').slice(0, SECOND_UNITS);
  for (const owner of growing) {
    const from = notAfter(addDays(owner.values.joinedOn ?? today, 365), today);
    const founded = random.dateBetween(from < '1995-01-01' ? '1995-01-01' : from, today);
    const village = random.chance(0.7) ? (owner.values.village ?? 'Kludan') : random.weighted(VILLAGES);
    const story = { switches: [{ from: founded, isActive: true }], hasMudflowDip: founded < MUDFLOW, workers: drawWorkers(random) };
    plans.push({ founded, ownerMemberNo: owner.values.memberNo, village, address: streetAddress(random, village), story });
  }
  while (plans.length < UNIT_COUNT) {
    const [from, to] = random.weighted<[string, string]>([[['1980-01-01', '2006-05-28'], 50], [[MUDFLOW, '2016-12-31'], 20], [[REVITALISATION, today], 30]]);
    const founded = notAfter(random.dateBetween(from, notAfter(to, today)), today);
    const village = random.weighted(VILLAGES);
    plans.push({ founded, ownerMemberNo: null, village, address: streetAddress(random, village), story: ownStory(random, founded, today) });
  }
  return plans.sort((a, b) => a.founded.localeCompare(b.founded));
}

function brandName(random: Random, category: string, used: Set<string>): string {
  for (let tries = 0; ; tries++) {
    const words = random.chance(0.4) ? `${random.pick(BRAND_WORDS)} ${random.pick(BRAND_WORDS)}` : random.pick(BRAND_WORDS);
    let name = random.chance(0.15) ? `${random.pick(FIRM_FORMS)} ${words}` : `${random.pick(BRAND_PREFIX[category])} ${words}`;
    if (tries > 30) name = `${name} ${tries}`;
    if (!used.has(name) && !/(\b\w+\b) \1$/.test(name)) {
      used.add(name);
      return name;
    }
  }
}

export interface DemoUnit {
  values: UnitValues;
  history: { validFrom: string; isActive: boolean; workers: number; monthlyCapacity: number }[];
}

/** All units with their dated states; today's workforce of the active ones totals about 2,500. */
export function buildUnits(random: Random, members: DemoMember[], today: string): DemoUnit[] {
  const plans = planUnits(random, members, today);
  calibrateWorkers(random, plans.map((plan) => plan.story), 2_450, 2_560);
  const usedNames = new Set<string>();
  const usedNibs = new Set<string>();
  return plans.map((plan, index) => {
    const main = random.weighted(MAIN_CATEGORY);
    const categories = random.chance(0.35) ? [main, random.pick(SIDE_LINES[main])] : [main];
    const rate = ratePerWorker(random, main);
    const history = stateEvents(random, plan.story, today).map((event) => ({ ...event, monthlyCapacity: capacityFor(event.workers, rate) }));
    const current = history[history.length - 1];
    let nib: string | null = null;
    // NIBs come from OSS (since 2018): registered mostly by workshops still trading.
    if (isActiveToday(plan.story) && random.chance(0.55)) {
      do nib = `91202${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
      while (usedNibs.has(nib));
      usedNibs.add(nib);
    }
    const values = unitInput.parse({
      unitCode: `UU-${String(index + 1).padStart(4, '0')}`,
      name: brandName(random, main, usedNames),
      ownerMemberNo: plan.ownerMemberNo,
      nib,
      kbli: nib || random.chance(0.4) ? (main === 'sepatu' ? '15201' : '15121') : null,
      address: plan.address,
      village: plan.village,
      categories,
      workers: current.workers,
      monthlyCapacity: current.monthlyCapacity,
      qualityGrade: random.weighted([['A', 8], ['B', 52], ['C', 40]]),
      isActive: current.isActive,
      stateFrom: current.validFrom,
    });
    return { values, history };
  });
}

/** Writes through the unit service (audit, categories, current state), then the older states. */
export function writeDemoUnit(ctx: CallContext, unit: DemoUnit): number {
  const id = writeUnit(ctx, unit.values);
  const now = ctx.app.now();
  for (const state of unit.history.slice(0, -1)) setUnitState(ctx.app.db, id, state, now);
  return id;
}
