import type { TFunction } from 'i18next';

/** Where each kind of record keeps its status words in the dictionaries. */
const STATUS_WORDS = {
  member: 'status',
  order: 'ui.orderStatus',
  purchase: 'purchasing.status',
  shipment: 'shipments.status',
  assignment: 'ui.assignmentStatus',
  roadmap: 'roadmap.status',
  milestone: 'roadmap.milestoneStatus',
} as const;

export type StatusKind = keyof typeof STATUS_WORDS;

/** A word standing alone as a label starts with a capital ("Draf", "Dikapalkan"); inside a sentence it stays as written. */
export function sentenceCase(word: string): string {
  return word.charAt(0).toLocaleUpperCase() + word.slice(1);
}

/**
 * The one way a status shows on its own, in either language: chips, grid cells, form badges,
 * filter choices, printed tables. The dictionaries keep the plain word, as sentences and
 * Excel files use it ("berstatus dikapalkan"); the capital is added here, never screen by screen.
 */
export function statusLabel(t: TFunction, kind: StatusKind, status: string): string {
  return sentenceCase(t(`${STATUS_WORDS[kind]}.${status}`));
}
