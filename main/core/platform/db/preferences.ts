import { prefValueSchema } from '../../../../shared/api/system';
import type { Db } from './connection';

/** Screen preferences (grid columns, language) live in the centre's database: the browser's
 * own storage is per port, and the port changes at every launch in browser mode. */
export function getPreference(db: Db, key: string): unknown {
  const row = db.prepare('SELECT value_json AS value FROM preference WHERE key = ?').get(key) as { value: string } | undefined;
  if (!row) return null;
  try {
    return JSON.parse(row.value) as unknown;
  } catch {
    // A value no JSON reader accepts is as good as none: the screen falls back to its default.
    return null;
  }
}

/**
 * A known preference as its schema reads it; null where nothing is stored or what is stored no
 * longer fits (written before the schema bounded it), so a screen gets its default, not a crash.
 */
export function getKnownPreference(db: Db, key: string): unknown {
  const schema = prefValueSchema(key);
  if (!schema) return null;
  const parsed = schema.safeParse(getPreference(db, key));
  return parsed.success ? parsed.data : null;
}

export function setPreference(db: Db, key: string, value: unknown): void {
  db.prepare(
    'INSERT INTO preference (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json',
  ).run(key, JSON.stringify(value));
}
