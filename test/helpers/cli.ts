import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';
import { main } from '../../main/cli/index';

/** The `sentra` command as a user runs it: a separate process on the sources (through tsx). */
export const BIN = join(__dirname, '../../main/cli/bin.mjs');

export interface SentraResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * One `sentra …` run in this process, through the same `main()` the bin calls, with its output
 * captured: the command, its handler calls and its report worker threads are the real ones; only
 * the node + tsx start-up of a new process is saved. The smoke tests use `sentraSpawn`.
 */
export async function sentraRun(...args: string[]): Promise<SentraResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
  });
  return { code, stdout, stderr };
}

/** One `sentra … --json` run in this process: its exit code and the single JSON object on stdout (the contract). */
export async function sentraJson(...args: string[]): Promise<{ code: number | null; value: Record<string, unknown> }> {
  return jsonOf(await sentraRun(...args, '--json'));
}

/** One `sentra …` run as a real process (`node main/cli/bin.mjs …`), for the smoke tests. */
export function sentraSpawn(...args: string[]): SentraResult {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** One `sentra … --json` run as a real process. */
export function sentraSpawnJson(...args: string[]): { code: number | null; value: Record<string, unknown> } {
  return jsonOf(sentraSpawn(...args, '--json'));
}

function jsonOf(result: SentraResult): { code: number | null; value: Record<string, unknown> } {
  const lines = result.stdout.trim().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  return { code: result.code, value: JSON.parse(lines[0]) as Record<string, unknown> };
}
