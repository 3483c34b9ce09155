import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/**
 * What a centre holds, to tell "the old one" from "the new one" after a kill: every table's row
 * count and (`content`) a hash of its rows. Columns that carry the moment of writing are left
 * out, so two uninterrupted runs of the same command give the same state. Tables past
 * CONTENT_ROWS (the stress centre's million order lines, which no trial writes) are counted only.
 */
const CONTENT_ROWS = 300_000;
const MOMENT_COLUMNS = new Set(['at', 'created_at', 'updated_at', 'recorded_at', 'run_at', 'applied_at', 'token']);

export function centreState(path: string, depth: 'counts' | 'content'): string {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const hash = createHash('sha256');
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
    for (const table of tables) {
      const quoted = `"${table.replace(/"/g, '""')}"`;
      const count = db.prepare(`SELECT count(*) FROM ${quoted}`).pluck().get() as number;
      hash.update(`${table}:${count}\n`);
      if (depth === 'counts' || count > CONTENT_ROWS) continue;
      const columns = (db.pragma(`table_info(${quoted})`) as { name: string }[]).map((c) => c.name).filter((c) => !MOMENT_COLUMNS.has(c));
      if (columns.length === 0) continue;
      const list = columns.map((c) => `"${c}"`).join(', ');
      const order = columns.map((_, i) => String(i + 1)).join(', ');
      for (const row of db.prepare(`SELECT ${list} FROM ${quoted} ORDER BY ${order}`).raw().iterate() as IterableIterator<unknown[]>) {
        hash.update(JSON.stringify(row));
        hash.update('\n');
      }
    }
    return hash.digest('hex').slice(0, 16);
  } finally {
    db.close();
  }
}

/** Files a killed writer may leave: `<final>.<pid>-<n>.part` and their SQLite side files. */
const PART = /\.part(-journal|-wal|-shm)?$/;

export function partFiles(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string, depth: number) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && depth < 2) walk(join(dir, entry.name), depth + 1);
      else if (PART.test(entry.name)) found.push(join(dir, entry.name));
    }
  };
  walk(folder, 0);
  return found.sort();
}

/** A fresh copy of a centre file (the file alone: the copies are made from closed, checkpointed centres). */
export function copyCentre(from: string, to: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal', '.lock']) rmSync(to + suffix, { force: true });
  copyFileSync(from, to);
}
