import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';

/** The `sentra` command as a user runs it: a separate process on the sources (through tsx). */
export const BIN = join(__dirname, '../../main/cli/bin.mjs');

/** One `sentra …` run: its exit code, stdout and stderr. */
export function sentraRun(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** One `sentra … --json` run: its exit code and the single JSON object on stdout (the contract). */
export function sentraJson(...args: string[]): { code: number | null; value: Record<string, unknown> } {
  const result = sentraRun(...args, '--json');
  const lines = result.stdout.trim().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  return { code: result.code, value: JSON.parse(lines[0]) as Record<string, unknown> };
}
