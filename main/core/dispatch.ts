import type { z } from 'zod';
import { callInputs, isCallName } from '../../shared/api/contract';
import type { Locale, Translate } from '../../shared/i18n';
import { issueMessage } from '../../shared/issue-message';
import { AppError, type Result } from '../../shared/result';
import { findUnsafeValue, MAX_ANY_NUMBER, type UnsafeValue } from '../../shared/text-safety';
import { contextFor, type App } from './platform/app';
import { isBusyError } from './platform/db/write';
import { handlers, type HandlerTable } from './handlers';

/** Problems named in one refusal: a list of 10.000 bad items is summed up, not recited. */
const ISSUES_NAMED = 10;
/** The longest message a refusal carries: a value a caller sent is quoted, never echoed whole. */
const MESSAGE_CHARACTERS = 600;

function capped(message: string): string {
  return message.length > MESSAGE_CHARACTERS ? `${message.slice(0, MESSAGE_CHARACTERS)}…` : message;
}

/** Zod issues as one readable sentence, in the caller's language, naming each field. */
export function describeIssues(issues: z.core.$ZodIssue[], t: Translate): string {
  const named = issues.slice(0, ISSUES_NAMED).map((issue) => {
    const field = issue.path.join('.');
    const message = capped(issueMessage(issue, t));
    return field ? `${field}: ${message}` : message;
  });
  if (issues.length > ISSUES_NAMED) named.push(t('guard.moreIssues', { count: issues.length - ISSUES_NAMED }));
  return named.join('; ');
}

/**
 * A value no call takes, whatever the call: text a workbook cannot hold, a number past every
 * bound (1e308, Infinity from JSON's 1e400), nesting no argument has. Named by its field.
 */
function refusedValue(unsafe: UnsafeValue, t: Translate): Result<unknown> {
  const field = unsafe.path.join('.');
  const message =
    unsafe.kind === 'text'
      ? t('guard.unsafeCharacter', { ...unsafe.character })
      : unsafe.kind === 'number'
        ? t('guard.aboveMaximum', { maximum: MAX_ANY_NUMBER })
        : t('guard.tooDeep');
  const issues = field ? `${field}: ${message}` : message;
  return { ok: false, error: { code: 'INVALID_INPUT', message: t('errors.invalidInput', { issues }), details: { fields: [{ field, message }] } } };
}

/**
 * The single door behind IPC, HTTP and the CLI: checks the name, validates the argument against
 * the contract, runs the handler and returns a Result. Nothing thrown escapes.
 */
export async function dispatch(app: App, name: string, payload: unknown, locale: Locale = 'id'): Promise<Result<unknown>> {
  const ctx = contextFor(app, locale);
  if (!isCallName(name)) return { ok: false, error: { code: 'UNKNOWN_CALL', message: capped(ctx.t('errors.unknownCall', { name })) } };
  // Text and non-finite numbers first; a field's own bound speaks before the net under all of them.
  const unsafe = findUnsafeValue(payload, Number.POSITIVE_INFINITY);
  if (unsafe) return refusedValue(unsafe, ctx.t);
  const parsed = callInputs[name].safeParse(payload ?? {});
  if (!parsed.success) {
    const fields = parsed.error.issues.slice(0, 100).map((issue) => ({
      field: issue.path.join('.'),
      message: capped(issueMessage(issue, ctx.t)),
    }));
    return {
      ok: false,
      error: { code: 'INVALID_INPUT', message: ctx.t('errors.invalidInput', { issues: describeIssues(parsed.error.issues, ctx.t) }), details: { fields } },
    };
  }
  const unbounded = findUnsafeValue(parsed.data);
  if (unbounded) return refusedValue(unbounded, ctx.t);
  try {
    const handler = handlers[name] as (args: unknown, context: typeof ctx) => unknown;
    return { ok: true, value: await handler(parsed.data, ctx) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: { ...error.toShape(), message: capped(error.message) } };
    if (isBusyError(error)) return { ok: false, error: { code: 'BUSY', message: ctx.t('guard.busy') } };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'INTERNAL', message: capped(ctx.t('errors.internal', { message })) } };
  }
}

export type { HandlerTable };
