import type { Db } from '../platform/db/connection';

/**
 * Runs a bulk write of the plan's tables (SPKs, their weeks, deliveries) with the triggers of
 * migration 008 lifted, then changes the plan's revision token once. Each trigger would change it
 * on every row: at the stress scale that is one extra UPDATE for each of several hundred thousand
 * rows, with the same outcome — a new token. Only inside the caller's transaction, so no other
 * writer can come in between and a rollback brings the triggers back with everything else; they
 * are put back exactly as the schema holds them (their own SQL from sqlite_master).
 */
export function withOneRevision<T>(db: Db, write: () => T): T {
  if (!db.inTransaction) throw new Error('withOneRevision needs the caller’s transaction');
  const triggers = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%plan_revision'")
    .all() as { name: string; sql: string }[];
  for (const trigger of triggers) db.exec(`DROP TRIGGER "${trigger.name}"`);
  try {
    return write();
  } finally {
    for (const trigger of triggers) db.exec(trigger.sql);
    db.prepare('UPDATE plan_revision SET token = random()').run();
  }
}
