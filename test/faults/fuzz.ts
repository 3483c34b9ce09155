import { pathToFileURL } from 'node:url';
import type { z } from 'zod';
import { callInputs } from '../../shared/api/contract';
import { findUnsafeValue } from '../../shared/text-safety';
import { dispatch } from '../../main/core/dispatch';
import { deriveArgument } from './arguments';
import { openFuzzCentre, type FuzzCentre } from './fuzz-centre';
import { mutations, type Mutation } from './mutations';
import { inputSchema } from './schema-walk';
import { PRIMARY_CODES, readSeeds } from './seeds';
import { sweepWorkbooks, type SweepCounts } from './sweep';
import { isLongMessage, judge, Tally } from './verdict';

/**
 * The fuzz of every call of the handler table (TESTING.md, layer 5): each call gets a
 * valid-looking argument derived from its schema and every mutation of it (boundary numbers,
 * text no workbook can hold, oversized text and lists, wrong types, missing and extra fields,
 * deep nesting). Every answer must be a Result with a known code, never INTERNAL, and a call
 * that failed must not have committed anything.
 */
export interface FuzzOptions {
  /** Hostile values per field; all of them when absent. */
  perSlot?: number;
  /** Only these calls (the smoke test); every call when absent. */
  calls?: string[];
  /** Milliseconds a call may spend in its handler, summed over its mutations, before the rest that would reach it are skipped. */
  handlerBudgetMs?: number;
  /** Write every export and report after the fuzz and read them back. */
  sweep?: boolean;
  log?: (line: string) => void;
}

export interface FuzzReport {
  tally: Tally;
  calls: number;
  basesParsed: number;
  sweep: SweepCounts | null;
  seconds: number;
}

const NO_ANSWER_MS = 120_000;
/** Mutations no field of a real centre needs: accepted, they are worth a look (a warning). */
const OVERSIZED = /^(10k characters|1M characters|array of 100,000 valid items|array of 10,001 nulls)$/;

/** Whether dispatch would hand this payload to the handler (the same checks, in the same order). */
function reachesHandler(schema: z.ZodType, payload: unknown): boolean {
  if (findUnsafeValue(payload, Number.POSITIVE_INFINITY)) return false;
  const parsed = schema.safeParse(payload ?? {});
  return parsed.success && !findUnsafeValue(parsed.data);
}

async function answerOf(centre: FuzzCentre, name: string, payload: unknown, locale: 'id' | 'en'): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const silence = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${NO_ANSWER_MS / 1000} s`)), NO_ANSWER_MS);
  });
  try {
    return await Promise.race([dispatch(centre.app, name, payload, locale), silence]);
  } finally {
    clearTimeout(timer);
  }
}

let fresh = 0;
/** A `…:save` creates with a code of its own, unless the code itself is what is being fuzzed. */
function withFreshCode(name: string, mutation: Mutation): unknown {
  const field = PRIMARY_CODES[name];
  const payload = mutation.payload;
  if (!field || mutation.where === field || payload === null || typeof payload !== 'object' || Array.isArray(payload)) return payload;
  if (Object.hasOwn(payload, '__proto__') || !Object.hasOwn(payload, field)) return payload;
  fresh += 1;
  return { ...payload, [field]: `FZ-${fresh}` };
}

async function fuzzCall(centre: FuzzCentre, name: string, options: FuzzOptions, tally: Tally): Promise<boolean> {
  const schema = callInputs[name as keyof typeof callInputs] as z.ZodType;
  const json = inputSchema(schema);
  const seeds = readSeeds(centre.app.db, name, centre.extraSeeds);
  const derived = deriveArgument(schema, json, seeds);
  const budget = options.handlerBudgetMs ?? 8_000;
  let spent = 0;
  let index = 0;
  for (const mutation of mutations(derived.value, json, seeds, { perSlot: options.perSlot })) {
    const payload = withFreshCode(name, mutation);
    const reaches = reachesHandler(schema, payload);
    if (reaches && spent > budget) {
      tally.skipped += 1;
      continue;
    }
    index += 1;
    const before = centre.version();
    const started = performance.now();
    let answer: unknown;
    try {
      answer = await answerOf(centre, name, payload, index % 2 === 0 ? 'en' : 'id');
    } catch (error) {
      tally.note('threw');
      tally.find({ outcome: 'threw', call: name, where: mutation.where, label: mutation.label, detail: String(error).slice(0, 300) }, payload);
      continue;
    }
    if (reaches) spent += performance.now() - started;
    const verdict = judge(answer, centre.version() !== before);
    tally.note(verdict.outcome, verdict.code);
    if (verdict.outcome !== 'accepted' && verdict.outcome !== 'refused') {
      tally.find({ outcome: verdict.outcome, call: name, where: mutation.where, label: mutation.label, detail: verdict.detail }, payload);
    }
    if (verdict.outcome === 'accepted') {
      const unsafe = findUnsafeValue(payload, Number.POSITIVE_INFINITY);
      if (unsafe) tally.find({ outcome: 'unsafe-accepted', call: name, where: mutation.where, label: mutation.label, detail: `${unsafe.kind} at ${unsafe.path.join('.')}` }, payload);
      if (OVERSIZED.test(mutation.label)) tally.find({ outcome: 'accepted-oversized', call: name, where: mutation.where, label: mutation.label, detail: 'stored or used as given' }, payload);
    }
    if (isLongMessage(answer)) tally.find({ outcome: 'long-message', call: name, where: mutation.where, label: mutation.label, detail: verdict.detail }, payload);
    if (Object.hasOwn(Object.prototype, 'polluted')) {
      tally.find({ outcome: 'polluted', call: name, where: mutation.where, label: mutation.label, detail: 'Object.prototype.polluted was set' }, payload);
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
    // A started report runs on its own thread; stop it so the next ones do not queue behind it.
    if (name === 'jobs:startReport' && verdict.outcome === 'accepted') {
      const job = (answer as { value: { jobId: string } }).value;
      await dispatch(centre.app, 'jobs:cancel', { jobId: job.jobId });
    }
  }
  return derived.parses;
}

export async function runFuzz(options: FuzzOptions = {}): Promise<FuzzReport> {
  const log = options.log ?? ((line: string) => console.log(line));
  const started = performance.now();
  const centre = await openFuzzCentre();
  const tally = new Tally();
  const names = options.calls ?? Object.keys(callInputs);
  let basesParsed = 0;
  try {
    for (const name of names) {
      const before = tally.tried;
      const t0 = performance.now();
      if (await fuzzCall(centre, name, options, tally)) basesParsed += 1;
      log(`  ${name.padEnd(28)} ${String(tally.tried - before).padStart(5)} tried  ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    for (const name of ['no:such', '__proto__', 'constructor', 'toString', 'members:list ', 'MEMBERS:LIST', '']) {
      const before = centre.version();
      const answer = await dispatch(centre.app, name, {});
      const verdict = judge(answer, centre.version() !== before);
      tally.note(verdict.outcome, verdict.code);
      if (verdict.code !== 'UNKNOWN_CALL') tally.find({ outcome: verdict.outcome, call: JSON.stringify(name), where: '(name)', label: 'unknown call', detail: verdict.detail }, {});
    }
    const sweep = options.sweep === false ? null : await sweepWorkbooks(centre);
    return { tally, calls: names.length, basesParsed, sweep, seconds: (performance.now() - started) / 1000 };
  } finally {
    await centre.close();
  }
}

export function printFuzz(report: FuzzReport, log: (line: string) => void = console.log): void {
  const { tally } = report;
  const codes = [...tally.codes.entries()].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ${n}`).join(', ');
  log(`fuzz: ${report.calls} calls (${report.basesParsed} with a valid derived argument), ${report.seconds.toFixed(0)} s`);
  log(`  tried ${tally.tried}, accepted ${tally.accepted}, refused cleanly ${tally.refused}, skipped (handler budget) ${tally.skipped}`);
  log(`  INTERNAL ${tally.count('internal')}, failed-but-wrote ${tally.count('failed-but-wrote')}, threw ${tally.count('threw')}, not a Result ${tally.count('not-a-result')}, unknown code ${tally.count('unknown-code')}, unserialisable ${tally.count('unserialisable')}, prototype polluted ${tally.count('polluted')}`);
  log(`  unsafe text or non-finite number accepted ${tally.count('unsafe-accepted')}`);
  log(`  warnings: error messages over 2,000 characters ${tally.count('long-message')}, oversized values accepted ${tally.count('accepted-oversized')}`);
  log(`  refusals by code: ${codes}`);
  if (report.sweep) {
    const s = report.sweep;
    log(`  after the fuzz: ${s.written} workbooks written from the fuzzed centre, ${s.readable} read back, ${s.failed.length} failed; integrity ${s.integrity}`);
    for (const failure of s.failed) log(`    ! ${failure}`);
  }
  for (const [key, labels] of tally.warnings) log(`  ~ ${key} (${[...labels].join(', ')})`);
  for (const f of tally.examples) log(`  ! ${f.outcome} ${f.call} ${f.where} = ${f.label}: ${f.detail}\n      input ${f.input}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const report = await runFuzz({ log: process.argv.includes('--verbose') ? console.log : () => undefined });
  printFuzz(report);
  process.exitCode = report.tally.failures > 0 || (report.sweep?.failed.length ?? 0) > 0 ? 1 : 0;
}
