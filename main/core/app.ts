import { todayIso } from '../../shared/dates';
import { translator, type Locale, type Translate } from '../../shared/i18n';
import type { Db } from './db/connection';
import { ImportStore } from './importers/import-store';

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
}

export interface CallContext {
  app: App;
  locale: Locale;
  t: Translate;
}

export function createApp(db: Db, dbPath: string, options: { actor?: string; today?: string; version?: string } = {}): App {
  return {
    db,
    dbPath,
    version: options.version ?? '0.1.0',
    today: () => options.today ?? todayIso(),
    now: () => new Date().toISOString(),
    actor: options.actor ?? 'app',
    imports: new ImportStore(),
  };
}

export function contextFor(app: App, locale: Locale): CallContext {
  return { app, locale, t: translator(locale) };
}
