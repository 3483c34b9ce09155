import { errorDetailSchemas, isErrorCode } from '../../shared/errors';
import { excerpt } from './hostile-values';

/** A message longer than this echoes what it was given instead of naming it. */
const LONG_MESSAGE = 2_000;

export type Outcome = 'accepted' | 'refused' | 'internal' | 'failed-but-wrote' | 'threw' | 'not-a-result' | 'unknown-code' | 'unserialisable';

export interface Finding {
  outcome: Outcome | 'long-message' | 'accepted-oversized' | 'unsafe-accepted' | 'polluted';
  call: string;
  where: string;
  label: string;
  input: string;
  detail: string;
}

const WARNINGS = new Set<Finding['outcome']>(['long-message', 'accepted-oversized']);

/** Counts of one run and the first examples of each kind of finding. */
export class Tally {
  tried = 0;
  accepted = 0;
  refused = 0;
  skipped = 0;
  readonly codes = new Map<string, number>();
  readonly bad = new Map<Finding['outcome'], number>();
  readonly examples: Finding[] = [];

  note(outcome: Outcome, code?: string): void {
    this.tried += 1;
    if (outcome === 'accepted') this.accepted += 1;
    else if (outcome === 'refused') this.refused += 1;
    if (code) this.codes.set(code, (this.codes.get(code) ?? 0) + 1);
  }

  /** Warnings by kind, call and field, with what was sent: one line each when printed. */
  readonly warnings = new Map<string, Set<string>>();

  find(finding: Omit<Finding, 'input'>, payload: unknown): void {
    this.bad.set(finding.outcome, (this.bad.get(finding.outcome) ?? 0) + 1);
    if (WARNINGS.has(finding.outcome)) {
      const key = `${finding.outcome}: ${finding.call} ${finding.where}`;
      this.warnings.set(key, (this.warnings.get(key) ?? new Set()).add(finding.label));
      return;
    }
    const sameKind = this.examples.filter((f) => f.outcome === finding.outcome && f.call === finding.call).length;
    if (sameKind < 3 && this.examples.length < 60) this.examples.push({ ...finding, input: excerpt(payload) });
  }

  count(outcome: Finding['outcome']): number {
    return this.bad.get(outcome) ?? 0;
  }

  /** Findings that fail the run (a long message or an oversized value accepted only warns). */
  get failures(): number {
    return [...this.bad.entries()].filter(([kind]) => !WARNINGS.has(kind)).reduce((sum, [, n]) => sum + n, 0);
  }
}

/** Classifies one answer of `dispatch`: a Result, its code known, nothing written when it failed. */
export function judge(answer: unknown, wrote: boolean): { outcome: Outcome; code?: string; detail: string } {
  if (answer === null || typeof answer !== 'object' || !('ok' in answer)) return { outcome: 'not-a-result', detail: excerpt(answer) };
  try {
    JSON.stringify(answer);
  } catch (error) {
    return { outcome: 'unserialisable', detail: String(error) };
  }
  if (answer.ok === true) return { outcome: 'accepted', detail: '' };
  const error = 'error' in answer ? (answer.error as { code?: unknown; message?: unknown; details?: unknown }) : null;
  const code = typeof error?.code === 'string' ? error.code : '';
  const message = typeof error?.message === 'string' ? error.message : '';
  // A code of the closed union, whose details are the ones its schema names.
  if (!isErrorCode(code) || message.length === 0 || !errorDetailSchemas[code].safeParse(error?.details).success) {
    return { outcome: 'unknown-code', code, detail: excerpt(error) };
  }
  if (code === 'INTERNAL') return { outcome: 'internal', code, detail: message.slice(0, 300) };
  if (wrote) return { outcome: 'failed-but-wrote', code, detail: `${code}: ${message.slice(0, 300)}` };
  return { outcome: 'refused', code, detail: message.length > LONG_MESSAGE ? `message of ${message.length} characters` : '' };
}

export function isLongMessage(answer: unknown): boolean {
  if (answer === null || typeof answer !== 'object' || !('error' in answer)) return false;
  const message = (answer.error as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' && message.length > LONG_MESSAGE;
}
