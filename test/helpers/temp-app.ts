import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CallInput, CallName, CallOutput } from '../../shared/api/contract';
import type { Locale } from '../../shared/i18n';
import type { Result } from '../../shared/result';
import { contextFor, createApp, type App, type CallContext } from '../../main/core/platform/app';
import { openDatabase } from '../../main/core/platform/db/connection';
import { dispatch } from '../../main/core/dispatch';
import { copyPreparedDemo } from './demo-centre';

export interface TempApp {
  app: App;
  dir: string;
  dbPath: string;
  ctx: CallContext;
  /** Through the real handler table, as the transports call it. */
  call<K extends CallName>(name: K, input: CallInput<K>, locale?: Locale): Promise<Result<CallOutput<K>>>;
  /** Like call, but throws when the call fails: for arranging a test. */
  must<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>>;
  close(): void;
}

export interface TempAppOptions {
  /** The calendar day the app sees; 23 November 2026 by default. */
  today?: string;
  /** Start from the demonstration centre (`demo:create {}` on 23 November 2026): a copy of the run's prepared file. */
  demo?: boolean;
}

/** A real SQLite file in a fresh temp folder, migrated, with a fixed calendar day. */
export async function tempApp(options: TempAppOptions = {}): Promise<TempApp> {
  const dir = mkdtempSync(join(tmpdir(), 'sentra-test-'));
  const dbPath = join(dir, 'centre.sqlite');
  const today = options.today ?? '2026-11-23';
  // The prepared copy was made on 23 November 2026: another day makes its own.
  const copied = options.demo === true && today === '2026-11-23' && copyPreparedDemo(dbPath);
  const db = await openDatabase(dbPath);
  const app = createApp(db, dbPath, { actor: 'test', today });
  const call = async <K extends CallName>(name: K, input: CallInput<K>, locale: Locale = 'id') =>
    (await dispatch(app, name, input, locale)) as Result<CallOutput<K>>;
  if (options.demo === true && !copied) {
    const made = await call('demo:create', {});
    if (!made.ok) throw new Error(`demo:create failed: ${made.error.code} ${made.error.message}`);
  }
  return {
    app,
    dir,
    dbPath,
    ctx: contextFor(app, 'id'),
    call,
    async must(name, input) {
      const result = await call(name, input);
      if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
    close() {
      void app.jobs.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
