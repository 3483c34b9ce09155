import { existsSync } from 'node:fs';
import { backupDatabase, checkDatabase } from '../../core/db/backup';
import { restoreDatabase } from '../../core/db/restore';
import { openDatabase } from '../../core/db/connection';
import { schemaVersion } from '../../core/db/migrate';
import { defaultDatabasePath } from '../../core/paths';
import type { CliArgs } from '../index';
import type { Output } from '../output';

export async function checkCommand(args: CliArgs, out: Output): Promise<number> {
  const path = args.db ?? defaultDatabasePath();
  if (!existsSync(path)) return out.fail({ code: 'NOT_FOUND', message: `No database at ${path}` });
  const db = await openDatabase(path, { skipQuickCheck: true });
  try {
    const report = { ...checkDatabase(db), schemaVersion: schemaVersion(db) };
    out.result(report, report.ok ? `OK: ${path} (schema ${report.schemaVersion})` : `DAMAGED: ${report.integrity.join('; ')}; foreign-key problems: ${report.foreignKeys}`);
    return report.ok ? 0 : 1;
  } finally {
    db.close();
  }
}

export async function backupCommand(args: CliArgs, out: Output): Promise<number> {
  const path = args.db ?? defaultDatabasePath();
  if (!args.out) return out.fail({ code: 'INVALID_INPUT', message: 'Missing --out' });
  const db = await openDatabase(path);
  try {
    await backupDatabase(db, args.out);
    out.result({ out: args.out }, `Backup written to ${args.out}`);
    return 0;
  } finally {
    db.close();
  }
}

export async function restoreCommand(args: CliArgs, out: Output): Promise<number> {
  const path = args.db ?? defaultDatabasePath();
  if (!args.from) return out.fail({ code: 'INVALID_INPUT', message: 'Missing --from' });
  await restoreDatabase(args.from, path);
  out.result({ restored: path, from: args.from }, `Restored ${path} from ${args.from}`);
  return 0;
}
