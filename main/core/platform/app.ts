import { todayIso } from '../../../shared/dates';
import { translator, type Locale, type Translate } from '../../../shared/i18n';
import type { Db } from './db/connection';
import { ImportStore } from './import/import-store';
import { JobRunner } from './jobs/job-runner';

/** The application as the handlers see it: one open database and the services' clock. */
export interface App {
  db: Db;
  dbPath: string;
  version: string;
  /** The centre's calendar day; tests and the CLI may fix it. */
  today(): string;
  now(): string;
  /** Who made a change, for the audit log: the OS user at the desk, or the CLI. */
  actor: string;
  imports: ImportStore;
  /** Reports written on worker threads, watched and cancelled from the screens. */
  jobs: JobRunner;
}

export interface CallContext {
  app: App;
  locale: Locale;
  t: Translate;
  /**
   * Set where someone watches a long report: rows (or steps) done of the total, called as often as
   * is natural; the receiver throttles. Absent for ordinary calls.
   */
  progress?(done: number, total: number): void;
}

export function createApp(db: Db, dbPath: string, options: { actor?: string; today?: string; version?: string; workerEntry?: string } = {}): App {
  const today = () => options.today ?? todayIso();
  const version = options.version ?? '0.1.0';
  const actor = options.actor ?? 'app';
  return {
    db,
    dbPath,
    version,
    today,
    now: () => new Date().toISOString(),
    actor,
    imports: new ImportStore(),
    jobs: new JobRunner({ dbPath, today, version, actor, workerEntry: options.workerEntry }),
  };
}

export function contextFor(app: App, locale: Locale): CallContext {
  return { app, locale, t: translator(locale) };
}
