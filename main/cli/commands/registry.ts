import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { importKind, type ImportError, type ImportKind, type ImportOutcome } from '../../../shared/api/files';
import { AppError } from '../../../shared/result';
import type { App } from '../../core/platform/app';
import type { ListPlace } from '../../core/platform/import/error-workbook';
import type { CliArgs } from '../index';
import type { Output } from '../output';
import { moveMadeFile } from '../made-file';
import { run, withApp } from '../run';
import { chooseMonthSourceOf } from './export-month-source';

function kindOf(args: CliArgs): ImportKind {
  const parsed = importKind.safeParse(args.positionals[0]);
  if (!parsed.success) throw new AppError('INVALID_INPUT', `Expected one of: ${importKind.options.join(', ')}`);
  return parsed.data;
}

function required(value: string | undefined, option: string): string {
  if (!value) throw new AppError('INVALID_INPUT', `Missing ${option}`);
  return value;
}

export function demoCommand(args: CliArgs, out: Output): Promise<number> {
  return withApp(args, out, async (app) => {
    const summary = await run(app, args, 'demo:create', { seed: args.seed, scale: args.scale === 'stress' ? 'stress' : 'demo' });
    out.result(summary, `Demo centre: ${summary.members} members, ${summary.units} business units, ${summary.workers} workers.`);
    return 0;
  });
}

export function templateCommand(args: CliArgs, out: Output): Promise<number> {
  return withApp({ ...args, db: args.db ?? ':memory:' }, out, async (app) => {
    const file = await run(app, args, 'files:template', { kind: kindOf(args) });
    const path = required(args.out, '--out');
    moveMadeFile(file, resolve(path));
    out.result({ out: path }, `Wrote ${path}`);
    return 0;
  });
}

export function exportCommand(args: CliArgs, out: Output): Promise<number> {
  return withApp(args, out, async (app) => {
    const path = required(args.out, '--out');
    const file = await run(app, args, 'files:export', { kind: kindOf(args) });
    moveMadeFile(file, resolve(path));
    out.result({ out: path }, `Wrote ${path}`);
    return 0;
  });
}

/** Rows in a list, whatever their status, not counting removed ones. */
async function countOf(app: App, args: CliArgs, kind: ImportKind): Promise<number> {
  switch (kind) {
    case 'members':
      return (await run(app, args, 'members:list', {})).length;
    case 'units':
      return (await run(app, args, 'units:list', {})).length;
    case 'products':
      return (await run(app, args, 'products:list', {})).length;
    case 'materials':
      return (await run(app, args, 'materials:list', {})).length;
    case 'buyers':
      return (await run(app, args, 'buyers:list', {})).length;
    case 'orders':
      return (await run(app, args, 'orders:page', { limit: 1 })).total;
    case 'exports':
      return (await run(app, args, 'exports:list', {})).length;
    case 'shipments':
      return (await run(app, args, 'shipments:list', { limit: 100_000 })).length;
    case 'rates':
      return (await run(app, args, 'rates:list', {})).length;
    case 'stock':
      // The ledger has no count call; its lines are listed by `export stock`.
      throw new AppError('INVALID_INPUT', 'count does not apply to stock movements; use export stock');
    case 'bom': {
      const products = await run(app, args, 'products:list', {});
      return products.reduce((sum, product) => sum + product.bomLines, 0);
    }
  }
}

export function countCommand(args: CliArgs, out: Output): Promise<number> {
  return withApp(args, out, async (app) => {
    const count = await countOf(app, args, kindOf(args));
    out.result({ count }, String(count));
    return 0;
  });
}

/** `--errors-out F.xlsx`: the failed rows as they were, with the reason column; written when some row failed. */
async function writeErrorWorkbook(app: App, args: CliArgs, path: string, place: ListPlace, errors: ImportError[]): Promise<void> {
  const out = args.errorsOut ?? '';
  if (errors.length === 0) return;
  const file = await run(app, args, 'imports:errorWorkbook', {
    fileName: basename(path),
    dataBase64: readFileSync(path).toString('base64'),
    sheetName: place.sheetName,
    headerRow: place.headerRow,
    errors,
  });
  moveMadeFile(file, resolve(out));
}

/**
 * Preview then commit, exactly as the import screen does. Without --skip-invalid any invalid
 * row means nothing is written and the exit code is 1.
 */
export function importCommand(args: CliArgs, out: Output): Promise<number> {
  return withApp(args, out, async (app) => {
    const kind = kindOf(args);
    const path = required(args.positionals[1], 'the workbook to import');
    if (kind === 'exports' && args.monthSource !== undefined && !args.dryRun) await chooseMonthSourceOf(app, args, path);
    let preview;
    try {
      preview = await run(app, args, 'imports:preview', {
        kind,
        fileName: basename(path),
        dataBase64: readFileSync(path).toString('base64'),
        update: args.update,
      });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const outcome: ImportOutcome = { valid: 0, imported: 0, errors: [{ row: 0, column: '', message: error.message }] };
      out.result({ ...outcome, error: error.toShape() }, error.message);
      return 1;
    }
    const { update } = preview;
    // A dry run in update mode prints what the same run would write: nothing of it when a bad row stops it.
    const isWritable = preview.errorCount === 0 || args.skipInvalid;
    let outcome: ImportOutcome = update
      ? { valid: preview.valid, imported: isWritable ? update.newRows : 0, updated: isWritable ? update.changedRows : 0, unchanged: update.unchangedRows, errors: preview.errors }
      : { valid: preview.valid, imported: 0, errors: preview.errors };
    if (!args.dryRun && (preview.errors.length === 0 || args.skipInvalid)) {
      outcome = await run(app, args, 'imports:commit', { importId: preview.importId, skipInvalid: args.skipInvalid });
    }
    if (args.errorsOut !== undefined) await writeErrorWorkbook(app, args, path, preview, outcome.errors);
    const lines = outcome.errors.map((e) => `  baris ${e.row}, kolom ${e.column}: ${e.message}`);
    const updated = update ? `, updated: ${outcome.updated ?? 0}, unchanged: ${outcome.unchanged ?? 0}` : '';
    out.result(outcome, [`valid: ${outcome.valid}, imported: ${outcome.imported}${updated}, errors: ${outcome.errors.length}`, ...lines].join('\n'));
    return outcome.errors.length > 0 && !args.skipInvalid ? 1 : 0;
  });
}
