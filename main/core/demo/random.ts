/**
 * A small seeded generator so that the demo centre is the same for the same seed on every
 * machine and in every test. Math.random cannot be seeded, so it is never used here.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** A whole number from min to max, both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight: `[['tas', 60], ['koper', 10]]`. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T;
  /** A day from `from` to `to` (ISO dates, both included). */
  dateBetween(from: string, to: string): string;
  shuffle<T>(items: T[]): T[];
}

/** mulberry32: 32-bit state, good enough spread for demo data and a few lines long. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY_MS = 86_400_000;

export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted(choices) {
      const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [value, weight] of choices) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return choices[choices.length - 1][0];
    },
    dateBetween(from, to) {
      const start = Date.parse(`${from}T00:00:00Z`);
      const end = Date.parse(`${to}T00:00:00Z`);
      if (end <= start) return from;
      const days = Math.round((end - start) / DAY_MS);
      return new Date(start + int(0, days) * DAY_MS).toISOString().slice(0, 10);
    },
    shuffle(items) {
      for (let i = items.length - 1; i > 0; i--) {
        const j = int(0, i);
        [items[i], items[j]] = [items[j], items[i]];
      }
      return items;
    },
  };
}

export { addDays } from '../../../shared/dates';

/** The earlier of two ISO dates: demo history never runs past the centre's today. */
export function notAfter(date: string, limit: string): string {
  return date < limit ? date : limit;
}
