/** Axis arithmetic shared by the charts: round tick steps and the palette slices are drawn in. */

/** Ticks from zero to at least `max` in a round step (1, 2, 2.5 or 5 × 10ⁿ), about `count` of them. */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * power).find((s) => s >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let tick = 0; tick < max + step * 0.999; tick += step) ticks.push(Math.round(tick * 1e6) / 1e6);
  return ticks;
}

/** Colours for slices in order; the last one (grey) is kept for "the rest". */
export const SLICE_COLOURS = ['#1f5f8b', '#4f9ac4', '#e09f3e', '#6f9a4a', '#9d6bb0', '#c4574f'] as const;
export const REST_COLOUR = '#b9c3cc';

export function sliceColour(index: number, isRest: boolean): string {
  return isRest ? REST_COLOUR : SLICE_COLOURS[index % SLICE_COLOURS.length];
}

/** A share of a whole in 0–1, zero for an empty whole. */
export function fraction(part: number, whole: number): number {
  return whole > 0 ? Math.max(0, part / whole) : 0;
}
