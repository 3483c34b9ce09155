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

/**
 * A week's load as the plan counts it: the fuller of its pieces and its people's time, each
 * against what the workshop offers (Infinity when work sits where nothing is offered).
 */
export function weekShare(pieces: number, capacity: number, minutes: number, capacityMinutes: number): number {
  const share = (load: number, offered: number) => (load <= 0 ? 0 : offered > 0 ? load / offered : Infinity);
  return Math.max(share(pieces, capacity), share(minutes, capacityMinutes));
}

export function shareLevel(share: number): LoadLevel {
  if (share <= 0) return 'empty';
  if (share > 1) return 'over';
  return share >= FULL_FROM ? 'full' : 'light';
}

/** Monday `2026-11-23` as the column head `23/11`. */
export function weekHead(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}`;
}
