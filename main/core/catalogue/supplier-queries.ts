import type { Db } from '../platform/db/connection';

/** A supplier by name, whatever its case: materials name their supplier in free text. */
export function findSupplierByName(db: Db, name: string): { id: number; name: string } | undefined {
  return db.prepare('SELECT id, name FROM supplier WHERE name = ? COLLATE NOCASE').get(name) as { id: number; name: string } | undefined;
}

export function insertSupplier(db: Db, name: string, now: string): number {
  const result = db.prepare('INSERT INTO supplier (name, created_at, updated_at) VALUES (?, ?, ?)').run(name, now, now);
  return Number(result.lastInsertRowid);
}
