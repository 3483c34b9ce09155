/** How full a workshop's week is, as the heat map colours it. */
export const LOAD_LEVELS = ['empty', 'light', 'full', 'over'] as const;
export type LoadLevel = (typeof LOAD_LEVELS)[number];

/** Above this share of capacity a week counts as full (the last pieces of a week are the slow ones). */
const FULL_FROM = 0.8;

export function loadLevel(load: number, capacity: number): LoadLevel {
  if (load <= 0) return 'empty';
  if (capacity <= 0 || load > capacity) return 'over';
  return load / capacity >= FULL_FROM ? 'full' : 'light';
}

/** Monday `2026-11-23` as the column head `23/11`. */
export function weekHead(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}`;
}
