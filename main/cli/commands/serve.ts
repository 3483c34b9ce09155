import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runDailyBackup } from '../../core/platform/db/backup-state';
import { lockDatabase } from '../../core/platform/db/lock';
import { defaultDatabasePath } from '../../core/platform/paths';
import { AppError } from '../../../shared/result';
import { startServer } from '../../server';
import type { CliArgs } from '../index';
import { openApp } from '../open-app';
import type { Output } from '../output';

export const RENDERER_DIR = fileURLToPath(new URL('../../../out/renderer', import.meta.url));

function openBrowser(url: string): void {
  const [command, args] =
    process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : process.platform === 'darwin' ? ['open', [url]] : ['xdg-open', [url]];
  const child = spawn(command, args, { detached: true, stdio: 'ignore' });
  child.on('error', () => process.stderr.write(`Open ${url} in your browser.\n`));
  child.unref();
}

/** Browser mode. The first line on stdout is the URL to open, token included. */
export async function serveCommand(args: CliArgs, out: Output): Promise<number> {
  if (!existsSync(RENDERER_DIR)) {
    return out.fail({ code: 'NOT_FOUND', message: `The screens are not built (${RENDERER_DIR}); run npm start or npm run build:renderer.` });
  }
  let app;
  let lock;
  try {
    // The lock before the open: a second server (or a window) must not migrate or back up the
    // centre another one holds, and a restore must find the lock taken as soon as serving begins.
    const dbPath = args.db ?? defaultDatabasePath();
    mkdirSync(dirname(dbPath), { recursive: true });
    lock = lockDatabase(dbPath);
    app = await openApp({ ...args, db: dbPath }, 'browser');
  } catch (error) {
    lock?.release();
    if (error instanceof AppError) return out.fail(error.toShape());
    return out.fail({ code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) });
  }
  // A failure is recorded for system:info (the screens show it) and said here for whoever started us.
  const backup = await runDailyBackup(app.db, app.dbPath);
  if (backup.failedAt) out.info(`Backup failed (${backup.failure}): ${backup.failureMessage}`);
  const server = await startServer({ app, staticDir: RENDERER_DIR, port: args.port });
  out.io.stdout.write(`${server.url}\n`);
  out.info(`Sentra Planner (browser mode) serves ${app.dbPath} on 127.0.0.1:${server.port}. Stop with Ctrl+C.`);
  if (args.open) openBrowser(server.url);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  app.db.close();
  lock.release();
  return 0;
}
