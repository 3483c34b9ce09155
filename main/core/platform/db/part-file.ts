import { closeSync, existsSync, fsyncSync, openSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isRunning } from './lock';

/**
 * A file being written is called `<final>.<pid>-<n>.part` in the final file's folder, so the
 * rename that completes it is atomic and a file under a final name is always whole. The pid says
 * whether its writer is still alive when someone later finds it.
 */
const PART = /\.(\d+)-(\d+)\.part(-journal|-wal|-shm)?$/;
const SIDECARS = ['-journal', '-wal', '-shm'];

/** Parts this process is writing now (its own pid is alive, so the pid alone cannot tell). */
const active = new Set<string>();
let counter = 0;

export function beginPart(finalPath: string): string {
  counter += 1;
  const part = `${finalPath}.${process.pid}-${counter}.part`;
  removePart(part);
  active.add(part);
  return part;
}

/** Flushes a file's bytes to disk before a rename makes them the final file. */
export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes the rename itself durable; Windows cannot open a folder for that, and NTFS journals it. */
export function fsyncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The part is complete and checked: flush it, give it its final name, flush the folder. */
export function commitPart(part: string, finalPath: string): void {
  fsyncFile(part);
  renameSync(part, finalPath);
  fsyncFolder(dirname(finalPath));
  active.delete(part);
}

export function removePart(part: string): void {
  for (const suffix of ['', ...SIDECARS]) rmSync(part + suffix, { force: true });
  active.delete(part);
}

/**
 * Removes parts left by writers that died (kill -9, power cut) in `folder`, optionally only those
 * of files named `prefix…`. A part whose writer still runs is left alone.
 */
export function removeOrphanParts(folder: string, prefix = ''): string[] {
  if (!existsSync(folder)) return [];
  const removed: string[] = [];
  for (const name of readdirSync(folder)) {
    const match = PART.exec(name);
    if (!match || !name.startsWith(prefix)) continue;
    const path = join(folder, name);
    const pid = Number(match[1]);
    const part = path.slice(0, path.length - (match[3] ?? '').length);
    const isAlive = pid === process.pid ? active.has(part) : isRunning(pid);
    if (isAlive) continue;
    rmSync(path, { force: true });
    removed.push(basename(path));
  }
  return removed;
}
