import type { z } from 'zod';
import { callInputs, isCallName } from '../../shared/api/contract';
import type { Locale, Translate } from '../../shared/i18n';
import { AppError, type Result } from '../../shared/result';
import { contextFor, type App } from './app';
import { isBusyError } from './db/write';
import { handlers, type HandlerTable } from './handlers';

/** Zod issues as one readable sentence, in the caller's language, naming each field. */
export function describeIssues(issues: z.core.$ZodIssue[], t: Translate): string {
  return issues
    .map((issue) => {
      const field = issue.path.join('.');
      const params = 'params' in issue && issue.params ? issue.params : {};
      const message = issue.message.startsWith('invalid.') ? t(issue.message, params) : issue.message;
      return field ? `${field}: ${message}` : message;
    })
    .join('; ');
}

/**
 * The single door behind IPC, HTTP and the CLI: checks the name, validates the argument against
 * the contract, runs the handler and returns a Result. Nothing thrown escapes.
 */
export async function dispatch(app: App, name: string, payload: unknown, locale: Locale = 'id'): Promise<Result<unknown>> {
  const ctx = contextFor(app, locale);
  if (!isCallName(name)) return { ok: false, error: { code: 'UNKNOWN_CALL', message: ctx.t('errors.unknownCall', { name }) } };
  const parsed = callInputs[name].safeParse(payload ?? {});
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => ({
      field: issue.path.join('.'),
      message: issue.message.startsWith('invalid.') ? ctx.t(issue.message, 'params' in issue && issue.params ? issue.params : {}) : issue.message,
    }));
    return {
      ok: false,
      error: { code: 'INVALID_INPUT', message: ctx.t('errors.invalidInput', { issues: describeIssues(parsed.error.issues, ctx.t) }), details: { fields } },
    };
  }
  try {
    const handler = handlers[name] as (args: unknown, context: typeof ctx) => unknown;
    return { ok: true, value: await handler(parsed.data, ctx) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toShape() };
    if (isBusyError(error)) return { ok: false, error: { code: 'BUSY', message: ctx.t('guard.busy') } };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'INTERNAL', message: ctx.t('errors.internal', { message }) } };
  }
}

export type { HandlerTable };
