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
  stdout: string;
  stderr: string;
}

/** Runs `sentra …`; with `killAfterMs`, sends SIGKILL after that long unless it has ended. */
export function sentra(args: string[], options: { cwd: string; killAfterMs?: number }): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [SENTRA_BIN, ...args], { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let killed = false;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer =
      options.killAfterMs === undefined
        ? undefined
        : setTimeout(() => {
            killed = child.kill('SIGKILL');
          }, options.killAfterMs);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, killed: killed && signal === 'SIGKILL', ms: performance.now() - started, stdout, stderr });
    });
  });
}

/** Runs `sentra …` to its end and fails loudly when it does not succeed. */
export async function sentraOk(args: string[], cwd: string): Promise<Ended> {
  const ended = await sentra(args, { cwd });
  if (ended.code !== 0) throw new Error(`sentra ${args.join(' ')} exited ${ended.code}: ${ended.stderr.slice(0, 500)}${ended.stdout.slice(0, 500)}`);
  return ended;
}
