import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../../../shared/result';

/** Whether a process of that id is alive (EPERM: alive, but another user's). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const UNWRITABLE = new Set(['ENOENT', 'ENOTDIR', 'EROFS', 'EACCES']);

/** Locks this process holds now: its own pid in a lock file says nothing about which part of it. */
const held = new Set<string>();

function holderOf(lockPath: string): number | null {
  try {
    const pid = Number(readFileSync(lockPath, 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function inUse(dbPath: string, pid: number): AppError {
  return new AppError('IN_USE', `Sentra Planner is already open on ${dbPath} (process ${pid}). Close it first.`, { path: dbPath, pid });
}

/**
 * One app per database: a desktop window and a browser-mode server on the same file would each
 * plan against data the other is changing, and a restore must not pull the file from under either.
 * A lock left by a crashed app is taken over. Throws IN_USE while a live process (this one
 * included) holds it.
 */
export function lockDatabase(dbPath: string): { release(): void } {
  const lockPath = `${resolve(dbPath)}.lock`;
  if (held.has(lockPath)) throw inUse(dbPath, process.pid);
  try {
    writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
  } catch (error) {
    // A folder that is missing or cannot be written is no other process's lock: say what it is.
    if (UNWRITABLE.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    const holder = holderOf(lockPath);
    if (holder !== null && holder !== process.pid && isRunning(holder)) throw inUse(dbPath, holder);
    // Stale: remove it, then create ours exclusively; a taker that lost the race sees IN_USE.
    rmSync(lockPath, { force: true });
    try {
      writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
    } catch {
      throw inUse(dbPath, holderOf(lockPath) ?? 0);
    }
  }
  held.add(lockPath);
  return {
    release() {
      if (!held.delete(lockPath)) return;
      // Never remove a lock another process has taken over since.
      if (holderOf(lockPath) === process.pid) rmSync(lockPath, { force: true });
    },
  };
}
