import type { z } from 'zod';

/** A message key (`invalid.*`, an importer's `imports.invalid.*`, `rates.invalid.*` or `exporter.invalid.*`, the boundary's `guard.*`, the plausibility `checks.*`). */
const MESSAGE_KEY = /^((imports\.|rates\.|exporter\.)?invalid|guard|checks)\./;

type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * One zod issue in the user's language: the shared schemas' messages are keys with parameters,
 * and a number past its bound says what the bound is. `fallback` is for issues zod worded itself.
 * The one definition used by the handler table, the importers and the forms.
 */
export function issueMessage(issue: z.core.$ZodIssue, t: Translate, fallback?: string): string {
  if (!MESSAGE_KEY.test(issue.message)) return fallback ?? issue.message;
  if (issue.message === 'invalid.tooLarge') {
    const bound = issue.code === 'too_big' ? issue.maximum : issue.code === 'too_small' && Number(issue.minimum) < 0 ? -Number(issue.minimum) : null;
    if (typeof bound === 'number') return t('guard.aboveMaximum', { maximum: bound });
  }
  if (issue.code === 'too_small' && issue.message.startsWith('guard.')) return t(issue.message, { minimum: Number(issue.minimum) });
  if (issue.code === 'too_big' && issue.message.startsWith('guard.')) return t(issue.message, { maximum: Number(issue.maximum) });
  const params = 'params' in issue && issue.params ? issue.params : {};
  return t(issue.message, params);
}
