import { fromMinor, type Currency } from './money';

/**
 * Money summed exactly and rounded once. A source amount in its currency's minor unit becomes
 * rupiah unrounded; figures sum those and round at the end. Lines shown under a total are split
 * from it by the largest remainder, so that the rounded lines add up to the rounded total.
 */

/** Rupiah of `minor` at `idrPerUnit`, not rounded (rupiah have no minor unit). */
export function exactRupiah(minor: number, currency: Currency, idrPerUnit: number): number {
  return currency === 'IDR' ? minor : fromMinor(minor, currency) * idrPerUnit;
}

/** Whole rupiah for each exact value, adding up to the rounded sum of them all. */
export function apportion(values: number[]): number[] {
  const total = Math.round(values.reduce((sum, value) => sum + value, 0));
  const floors = values.map((value) => Math.floor(value + 1e-7));
  let left = total - floors.reduce((sum, value) => sum + value, 0);
  const order = values.map((value, i) => ({ i, rest: value - floors[i] })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  const result = [...floors];
  for (let k = 0; left > 0 && k < order.length; k++, left--) result[order[k].i] += 1;
  return result;
}
