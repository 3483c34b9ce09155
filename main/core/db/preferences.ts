import type { Db } from './connection';

/** Screen preferences (grid columns, language) live in the centre's database: the browser's
 * own storage is per port, and the port changes at every launch in browser mode. */
export function getPreference(db: Db, key: string): unknown {
  const row = db.prepare('SELECT value_json AS value FROM preference WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as unknown) : null;
}

export function setPreference(db: Db, key: string, value: unknown): void {
  db.prepare(
    'INSERT INTO preference (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json',
  ).run(key, JSON.stringify(value));
}
