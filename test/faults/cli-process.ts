import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The real `sentra` command, as a user runs it: its own process, killed like a power cut. */
export const SENTRA_BIN = fileURLToPath(new URL('../../main/cli/bin.mjs', import.meta.url));

export interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Whether our SIGKILL ended it (false: it had finished before the kill came). */
  killed: boolean;
  ms: number;
  /** When `watch` first held, in ms from the start; null when it never did. */
  seenAtMs: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  /** SIGKILL this long after the start, unless it has ended. */
  killAfterMs?: number;
  /** A sign the work has reached a phase (a part file, a growing WAL), looked for every 5 ms. */
  watch?: () => boolean;
  /** SIGKILL this long after `watch` first holds. */
  killAfterSeenMs?: number;
}

/** Runs `sentra …`, killed with SIGKILL at a time or a phase when asked. */
export function sentra(args: string[], options: RunOptions): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [SENTRA_BIN, ...args], { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let killed = false;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const kill = () => {
      killed = child.kill('SIGKILL');
    };
    const timers: NodeJS.Timeout[] = [];
    if (options.killAfterMs !== undefined) timers.push(setTimeout(kill, options.killAfterMs));
    let seenAtMs: number | null = null;
    const watcher = options.watch
      ? setInterval(() => {
          if (seenAtMs !== null || !options.watch?.()) return;
          seenAtMs = performance.now() - started;
          if (options.killAfterSeenMs !== undefined) timers.push(setTimeout(kill, options.killAfterSeenMs));
        }, 5)
      : undefined;
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      for (const timer of timers) clearTimeout(timer);
      clearInterval(watcher);
      resolve({ code, signal, killed: killed && signal === 'SIGKILL', ms: performance.now() - started, seenAtMs, stdout, stderr });
    });
  });
}

/** Runs `sentra …` to its end and fails loudly when it does not succeed. */
export async function sentraOk(args: string[], cwd: string): Promise<Ended> {
  const ended = await sentra(args, { cwd });
  if (ended.code !== 0) throw new Error(`sentra ${args.join(' ')} exited ${ended.code}: ${ended.stderr.slice(0, 500)}${ended.stdout.slice(0, 500)}`);
  return ended;
}
