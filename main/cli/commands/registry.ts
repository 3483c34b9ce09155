import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { importKind, type ImportKind, type ImportOutcome } from '../../../shared/api/files';
import type { CallInput, CallName, CallOutput } from '../../../shared/api/contract';
import { AppError } from '../../../shared/result';
import type { App } from '../../core/app';
import { dispatch } from '../../core/dispatch';
import type { CliArgs } from '../index';
import { openApp } from '../open-app';
import type { Output } from '../output';

/** The CLI is a transport like IPC and HTTP: it goes through the same handler table. */
async function run<K extends CallName>(app: App, args: CliArgs, name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const result = await dispatch(app, name, input, args.locale);
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.details);
  return result.value as CallOutput<K>;
}

function kindOf(args: CliArgs): ImportKind {
  const parsed = importKind.safeParse(args.positionals[0]);
  if (!parsed.success) throw new AppError('INVALID_INPUT', `Expected one of: ${importKind.options.join(', ')}`);
  return parsed.data;
}

function required(value: string | undefined, option: string): string {
  if (!value) throw new AppError('INVALID_INPUT', `Missing ${option}`);
  return value;
}

async function withApp(args: CliArgs, out: Output, work: (app: App) => Promise<number>): Promise<number> {
  let app: App | undefined;
  try {
    app = await openApp(args);
    return await work(app);
  } catch (error) {
    if (error instanceof AppError) return out.fail(error.toShape());
    throw error;
  } finally {
    app?.db.close();
  }
}

export function demoCommand(args: CliArgs, out: Output): Promise<number> {
  return withApp(args, out, async (app) => {
    const summary = await run(app, args, 'demo:create', { seed: args.seed });
    out.result(summary, `Demo centre: ${summary.members} members, ${summary.units} business units, ${summary.workers} workers.`);
    return 0;
  });
}

export function templateCommand(args: CliArgs, out: Output): Promise<number> {
  return withApp({ ...args, db: args.db ?? ':memory:' }, out, async (app) => {
    const file = await run(app, args, 'files:template', { kind: kindOf(args) });
    const path = required(args.out, '--out');
    writeFileSync(path, Buffer.from(file.dataBase64, 'base64'));
    out.result({ out: path }, `Wrote ${path}`);
    return 0;
  });
}

export function exportCommand(args: CliArgs, out: Output): Promise<number> {
  return withApp(args, out, async (app) => {
    const path = required(args.out, '--out');
    const file = await run(app, args, 'files:export', { kind: kindOf(args) });
    writeFileSync(path, Buffer.from(file.dataBase64, 'base64'));
    out.result({ out: path }, `Wrote ${path}`);
    return 0;
  });
}

export function countCommand(args: CliArgs, out: Output): Promise<number> {
  return withApp(args, out, async (app) => {
    const kind = kindOf(args);
    const rows = kind === 'members' ? await run(app, args, 'members:list', {}) : await run(app, args, 'units:list', {});
    out.result({ count: rows.length }, String(rows.length));
    return 0;
  });
}

/**
 * Preview then commit, exactly as the import screen does. Without --skip-invalid any invalid
 * row means nothing is written and the exit code is 1.
 */
export function importCommand(args: CliArgs, out: Output): Promise<number> {
  return withApp(args, out, async (app) => {
    const kind = kindOf(args);
    const path = required(args.positionals[1], 'the workbook to import');
    let preview;
    try {
      preview = await run(app, args, 'imports:preview', {
        kind,
        fileName: basename(path),
        dataBase64: readFileSync(path).toString('base64'),
      });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const outcome: ImportOutcome = { valid: 0, imported: 0, errors: [{ row: 0, column: '', message: error.message }] };
      out.result({ ...outcome, error: error.toShape() }, error.message);
      return 1;
    }
    let outcome: ImportOutcome = { valid: preview.valid, imported: 0, errors: preview.errors };
    if (!args.dryRun && (preview.errors.length === 0 || args.skipInvalid)) {
      outcome = await run(app, args, 'imports:commit', { importId: preview.importId, skipInvalid: args.skipInvalid });
    }
    const lines = outcome.errors.map((e) => `  baris ${e.row}, kolom ${e.column}: ${e.message}`);
    out.result(outcome, [`valid: ${outcome.valid}, imported: ${outcome.imported}, errors: ${outcome.errors.length}`, ...lines].join('\n'));
    return outcome.errors.length > 0 && !args.skipInvalid ? 1 : 0;
  });
}
