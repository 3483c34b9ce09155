import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { issueMessage } from '../../../../shared/issue-message';
import { CallError } from '../api/client';

/** One message per form field, already in the user's language. */
export type FieldErrors = Record<string, string>;

/** The shared schemas' messages are i18n keys with parameters; anything else is shown as is. */
export function translateIssue(issue: z.core.$ZodIssue, t: TFunction): string {
  return issueMessage(issue, (key, params) => String(t(key, params)));
}

/** The first problem of each top-level field, for showing under that field as the user types. */
export function issuesByField(issues: readonly z.core.$ZodIssue[], t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    if (!(field in errors)) errors[field] = translateIssue(issue, t);
  }
  return errors;
}

/** A form's input checked by its shared schema: no errors, or the first one of each field. */
export function schemaErrors(schema: z.ZodType, input: unknown, t: TFunction): FieldErrors {
  const parsed = schema.safeParse(input);
  return parsed.success ? {} : issuesByField(parsed.error.issues, t);
}

/**
 * A failed save as field errors where the server named the field (DUPLICATE member number,
 * UNKNOWN_OWNER, INVALID_INPUT), or null when it belongs in the form's general message.
 */
export function serverFieldErrors(error: unknown): FieldErrors | null {
  if (!(error instanceof CallError)) return null;
  const { field, fields } = error.place;
  if (field !== null) return { [field]: error.message };
  if (fields.length > 0) {
    const errors: FieldErrors = {};
    for (const item of fields) {
      const field = item.field.split('.')[0];
      if (!(field in errors)) errors[field] = item.message;
    }
    return Object.keys(errors).length > 0 ? errors : null;
  }
  return null;
}
