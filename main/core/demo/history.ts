import { MUDFLOW } from './members';
import { addDays, notAfter, type Random } from './random';

/** From a date the unit works or lies dormant (owner gone quiet, orders gone). */
export interface ActivitySwitch {
  from: string;
  isActive: boolean;
}

/** What the unit went through; `workers` is today's workforce, or the last one while active. */
export interface UnitStory {
  switches: ActivitySwitch[];
  /** Kept working through the mudflow with a smaller workforce, and recovered after 2017. */
  hasMudflowDip: boolean;
  workers: number;
}

export interface StateEvent {
  validFrom: string;
  isActive: boolean;
  workers: number;
}

export function isActiveToday(story: UnitStory): boolean {
  return story.switches[story.switches.length - 1].isActive;
}

/** Micro and small workshops (small industry is up to 19 workers), a few medium ones. */
export function drawWorkers(random: Random): number {
  const [min, max] = random.weighted<[number, number]>([
    [[1, 4], 40],
    [[5, 9], 38],
    [[10, 19], 20],
    [[20, 30], 2],
  ]);
  return random.int(min, max);
}

/**
 * Nudges today's workforce of the active units one worker at a time until the total lies in
 * the band, so that every seed matches the published "about 2,500 workers" (Kemenperin 2018).
 */
export function calibrateWorkers(random: Random, stories: UnitStory[], low: number, high: number): void {
  const active = stories.filter(isActiveToday);
  if (active.length === 0) return;
  let total = active.reduce((sum, story) => sum + story.workers, 0);
  for (let guard = 0; (total < low || total > high) && guard < 100_000; guard++) {
    const story = random.pick(active);
    if (total > high && story.workers > 1) {
      story.workers--;
      total--;
    } else if (total < low && story.workers < 19) {
      story.workers++;
      total++;
    }
  }
}

const scaled = (workers: number, factor: number) => Math.max(1, Math.round(workers * factor));
const between = (random: Random, min: number, max: number) => min + random.next() * (max - min);

/**
 * Turns a story into dated states, oldest first, none after today: workshops were larger
 * before the mudflow, shrank or closed after it, and revived units start small and grow.
 */
export function stateEvents(random: Random, story: UnitStory, today: string): StateEvent[] {
  const target = story.workers;
  const events: StateEvent[] = [];
  story.switches.forEach((change, index) => {
    let workers = 0;
    if (change.isActive && index === 0) {
      if (change.from < MUDFLOW) workers = Math.min(35, scaled(target, between(random, 1.3, 2.2)));
      else workers = Math.max(1, target - random.int(0, 2));
    } else if (change.isActive) workers = Math.max(1, target - random.int(1, 4));
    events.push({ validFrom: change.from, isActive: change.isActive, workers });
  });
  if (story.hasMudflowDip) {
    events.push({ validFrom: random.dateBetween('2006-07-01', '2007-12-31'), isActive: true, workers: scaled(target, between(random, 0.4, 0.7)) });
    events.push({ validFrom: random.dateBetween('2017-03-01', '2020-02-28'), isActive: true, workers: Math.max(1, target - random.int(0, 2)) });
  }
  events.sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const last = events[events.length - 1];
  if (last.isActive && last.workers !== target) {
    // A workshop larger before 2006 lost its people to the mudflow; a revived one grows back.
    const from = last.validFrom < MUDFLOW ? '2006-07-01' : addDays(last.validFrom, 365);
    const to = last.validFrom < MUDFLOW ? '2008-12-31' : addDays(last.validFrom, 4 * 365);
    events.push({ validFrom: random.dateBetween(from, to), isActive: true, workers: target });
  }
  const latest = events[events.length - 1];
  // The pandemic thinned some workshops in 2020; most had their people back by 2022.
  if (latest.isActive && latest.validFrom < '2020-03-01' && random.chance(0.3)) {
    events.push({ validFrom: random.dateBetween('2020-04-01', '2020-09-30'), isActive: true, workers: scaled(target, between(random, 0.6, 0.85)) });
    events.push({ validFrom: random.dateBetween('2021-10-01', '2022-12-31'), isActive: true, workers: target });
  }
  return tidy(events, today);
}

/** Sorted, not after today, one state per day (the later wins), no repeats of the same state. */
function tidy(events: StateEvent[], today: string): StateEvent[] {
  const byDay = new Map<string, StateEvent>();
  for (const event of [...events].sort((a, b) => a.validFrom.localeCompare(b.validFrom))) {
    const validFrom = notAfter(event.validFrom, today);
    byDay.set(validFrom, { ...event, validFrom });
  }
  const result: StateEvent[] = [];
  for (const event of byDay.values()) {
    const previous = result[result.length - 1];
    if (previous && previous.isActive === event.isActive && previous.workers === event.workers) continue;
    result.push(event);
  }
  return result;
}
