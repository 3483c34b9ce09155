import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { openDatabase } from '../../main/core/platform/db/connection';
import { saveCentre } from '../../main/core/platform/db/centre';
import type { Migration } from '../../main/core/platform/db/migrations';

const require = createRequire(import.meta.url);
/** The native module the holder processes load, resolved from this checkout. */
export const BETTER_SQLITE3 = require.resolve('better-sqlite3');

/** What a test compares to prove a file was left alone: its bytes, its mtime and its neighbours. */
export interface FileState {
  sha256: string;
  mtimeMs: number;
  siblings: string[];
}

export function fileState(path: string): FileState {
  const siblings = readdirSync(dirname(path))
    .filter((name) => name.startsWith(basename(path)))
    .sort();
  return { sha256: createHash('sha256').update(readFileSync(path)).digest('hex'), mtimeMs: statSync(path).mtimeMs, siblings };
}

export const CENTRE = {
  name: 'Sentra Industri Tas dan Koper Tanggulangin', cooperativeName: 'Koperasi INTAKO', cooperativeRegNo: null,
  address: null, village: null, district: null, regency: 'Sidoarjo', province: null, postalCode: null, phone: null,
  email: null, chairName: null, chairTitle: null, secretaryName: null, secretaryTitle: null, signCity: null,
};

/**
 * A closed centre file with its details filled in and `members` members (many members make a file
 * of several hundred pages, which a backup copies in more than one step).
 */
export async function makeCentre(path: string, options: { members?: number; migrations?: Migration[]; name?: string } = {}): Promise<void> {
  const db = await openDatabase(path, { migrations: options.migrations });
  const name = options.name ?? CENTRE.name;
  // A centre of an earlier release has only the columns of migration 001: today's saveCentre
  // writes later ones (the plan's working hours), so the old file gets the row its release wrote.
  if (options.migrations) {
    db.prepare("INSERT INTO centre (id, name, cooperative_name, regency, updated_at) VALUES (1, ?, ?, ?, '2026-11-23T08:00:00Z')").run(name, CENTRE.cooperativeName, CENTRE.regency);
  } else {
    saveCentre(db, { ...CENTRE, name }, '2026-11-23T08:00:00Z');
  }
  const insert = db.prepare(
    `INSERT INTO member (member_no, name, created_at, updated_at) VALUES (?, ?, '2026-11-23', '2026-11-23')`,
  );
  const status = db.prepare(`INSERT INTO member_status VALUES (?, '2026-11-23', 'aktif', '2026-11-23')`);
  db.transaction(() => {
    for (let i = 1; i <= (options.members ?? 2); i += 1) {
      status.run(insert.run(`INT-${String(i).padStart(5, '0')}`, `Anggota ${i} ${'x'.repeat(80)}`).lastInsertRowid);
    }
  })();
  db.close();
}

/** A Node process that keeps the centre open in WAL, as a running app does; it writes on request. */
export interface Holder {
  pid: number;
  /** Renames the centre inside the holder's connection and waits until it has committed. */
  rename(name: string): Promise<void>;
  /** Ends the holder gracefully (its connection closes) or with SIGKILL (its WAL stays behind). */
  stop(how: 'close' | 'kill'): Promise<void>;
}

const HOLDER_SCRIPT = `
const Database = require(process.argv[1]);
const fs = require('node:fs');
const db = new Database(process.argv[2]);
db.pragma('journal_mode = WAL');
db.pragma('wal_autocheckpoint = 0');
if (process.argv[3] === 'lock') fs.writeFileSync(process.argv[2] + '.lock', String(process.pid));
db.prepare('SELECT count(*) FROM member').get();
require('node:readline').createInterface({ input: process.stdin }).on('line', (line) => {
  if (line === 'close') { db.close(); process.exit(0); }
  db.prepare('UPDATE centre SET name = ? WHERE id = 1').run(line);
  console.log('written');
});
console.log('ready');
`;

export async function holdOpen(path: string, options: { lockFile?: boolean } = {}): Promise<Holder> {
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    ['-e', HOLDER_SCRIPT, BETTER_SQLITE3, path, options.lockFile ? 'lock' : 'no-lock'],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = createInterface({ input: child.stdout });
  const nextLine = async (): Promise<string> => {
    const exited = once(child, 'exit').then(() => {
      throw new Error(`holder stopped: ${stderr}`);
    });
    const [line] = (await Promise.race([once(lines, 'line'), exited])) as [string];
    return line;
  };
  if ((await nextLine()) !== 'ready') throw new Error(`holder did not start: ${stderr}`);
  return {
    pid: child.pid ?? 0,
    async rename(name) {
      child.stdin.write(`${name}\n`);
      if ((await nextLine()) !== 'written') throw new Error(`holder did not write: ${stderr}`);
    },
    async stop(how) {
      const exited = once(child, 'exit');
      if (how === 'kill') child.kill('SIGKILL');
      else child.stdin.write('close\n');
      await exited;
    },
  };
}
