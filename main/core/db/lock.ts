import { readFileSync, rmSync, writeFileSync } from 'node:fs';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One app per database: a desktop window and a browser-mode server on the same file would each
 * plan against data the other is changing. A lock left by a crashed app is taken over.
 */
export function lockDatabase(dbPath: string): { release(): void } {
  const lockPath = `${dbPath}.lock`;
  try {
    writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
  } catch {
    const holder = Number(readFileSync(lockPath, 'utf8'));
    if (Number.isInteger(holder) && holder !== process.pid && isRunning(holder)) {
      throw new Error(`Sentra Planner is already open on ${dbPath} (process ${holder}). Close it first.`);
    }
    writeFileSync(lockPath, String(process.pid));
  }
  return { release: () => rmSync(lockPath, { force: true }) };
}
