import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { createApp, type App } from '../core/platform/app';
import { openDatabase } from '../core/platform/db/connection';
import { defaultDatabasePath } from '../core/platform/paths';
import type { CliArgs } from './index';

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Opens (and migrates) the centre's database for one command. */
export async function openApp(args: CliArgs, actorSuffix = 'cli'): Promise<App> {
  const dbPath = args.db ?? defaultDatabasePath();
  const db = await openDatabase(dbPath);
  let user = 'user';
  try {
    user = userInfo().username;
  } catch {
    // Some service accounts have no name; the audit log still says the change came from the CLI.
  }
  return createApp(db, dbPath, { actor: `${user} (${actorSuffix})`, today: args.today, version: packageVersion() });
}
