import type { PaperGap } from '../api/papers';
import type { Translate } from '../i18n';

/** One missing detail in words: "produk TAS-001: nama bahasa Inggris (name_en)". */
export function gapText(t: Translate, gap: PaperGap): string {
  return t(`papers.gap.${gap.subject}`, { ref: gap.ref, field: t(`papers.field.${gap.field}`) });
}

/** The missing details as one list for a message. */
export function gapsText(t: Translate, gaps: readonly PaperGap[]): string {
  return gaps.map((gap) => gapText(t, gap)).join('; ');
}
