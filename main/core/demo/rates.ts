import type { Db } from '../db/connection';
import type { Random } from './random';

/**
 * Monthly rupiah rates from January 2022 to today's month, dated the first of the month.
 * Anchor months follow DOMAIN §6 (about Rp14.610 per USD late 2022, Rp16.808 in April 2025) and
 * the broad path of the euro and the yen; the months between are interpolated with a little
 * seeded noise. Anchors are kept exact so that the documented figures can be found again.
 */
type Anchors = readonly (readonly [month: string, value: number])[];

const USD_IDR: Anchors = [
  ['2022-01', 14_340], ['2022-06', 14_650], ['2022-12', 14_610], ['2023-06', 14_950], ['2023-12', 15_450], ['2024-06', 16_300],
  ['2024-12', 16_000], ['2025-04', 16_808], ['2025-09', 16_450], ['2025-12', 16_650], ['2026-06', 16_750],
];
const USD_PER_EUR: Anchors = [['2022-01', 1.13], ['2022-09', 0.99], ['2023-06', 1.08], ['2024-06', 1.08], ['2025-01', 1.03], ['2025-06', 1.15], ['2026-06', 1.16]];
const JPY_PER_USD: Anchors = [['2022-01', 115], ['2022-10', 147], ['2023-06', 141], ['2024-06', 158], ['2025-01', 156], ['2025-06', 144], ['2026-06', 150]];

export const FIRST_RATE_MONTH = '2022-01';

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function monthOf(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Linear between anchors, flat beyond the last one. */
function along(anchors: Anchors, month: string): { value: number; isAnchor: boolean } {
  const at = monthIndex(month);
  for (let i = 0; i < anchors.length; i++) {
    const [anchorMonth, value] = anchors[i];
    const here = monthIndex(anchorMonth);
    if (here === at) return { value, isAnchor: true };
    if (here > at) {
      if (i === 0) return { value, isAnchor: false };
      const [previousMonth, previous] = anchors[i - 1];
      const share = (at - monthIndex(previousMonth)) / (here - monthIndex(previousMonth));
      return { value: previous + (value - previous) * share, isAnchor: false };
    }
  }
  return { value: anchors[anchors.length - 1][1], isAnchor: false };
}

/** Rupiah per USD, EUR and JPY by month (`YYYY-MM`). */
export interface RateTable {
  months: string[];
  byCurrency: Record<'USD' | 'EUR' | 'JPY', Map<string, number>>;
}

export function buildRates(random: Random, today: string): RateTable {
  const months: string[] = [];
  for (let index = monthIndex(FIRST_RATE_MONTH); index <= monthIndex(today.slice(0, 7)); index++) months.push(monthOf(index));
  const byCurrency: RateTable['byCurrency'] = { USD: new Map(), EUR: new Map(), JPY: new Map() };
  const wobble = (isAnchor: boolean) => (isAnchor ? 1 : 1 + (random.next() - 0.5) * 0.012);
  for (const month of months) {
    const usd = along(USD_IDR, month);
    const usdIdr = Math.round(usd.value * wobble(usd.isAnchor));
    byCurrency.USD.set(month, usdIdr);
    byCurrency.EUR.set(month, Math.round(usdIdr * along(USD_PER_EUR, month).value * wobble(false)));
    // The yen is worth about a hundred rupiah: two decimals keep the rate meaningful.
    byCurrency.JPY.set(month, Math.round((usdIdr / along(JPY_PER_USD, month).value) * wobble(false) * 100) / 100);
  }
  return { months, byCurrency };
}

/** The month's rate for an order date; rupiah orders carry none. */
export function rateOn(rates: RateTable, currency: string, date: string): number | null {
  if (currency !== 'USD' && currency !== 'EUR' && currency !== 'JPY') return null;
  return rates.byCurrency[currency].get(date.slice(0, 7)) ?? null;
}

export function writeRates(db: Db, rates: RateTable): number {
  const insert = db.prepare("INSERT INTO exchange_rate (currency, valid_on, idr_per_unit, source) VALUES (?, ?, ?, 'demo')");
  let count = 0;
  for (const currency of ['USD', 'EUR', 'JPY'] as const) {
    for (const month of rates.months) {
      insert.run(currency, `${month}-01`, rates.byCurrency[currency].get(month));
      count++;
    }
  }
  return count;
}
