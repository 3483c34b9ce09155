import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** Median of several runs: these shared machines are noisy, single times mislead. */
export async function median(runs: number, work: () => Promise<number> | number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await work());
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export async function timed(work: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export function line(label: string, ms: number, floorMs?: number, floorLabel?: string): void {
  const ratio = floorMs ? `  ${(ms / floorMs).toFixed(2)}× ${floorLabel ?? 'floor'} (${floorMs.toFixed(0)} ms)` : '';
  console.log(`${label.padEnd(48)} ${ms.toFixed(0).padStart(7)} ms${ratio}`);
}

/** The line a bench child prints when the part to measure begins: its resident set then, and its maxRSS. */
export function startLine(): string {
  return JSON.stringify({ start: true, rss: process.memoryUsage().rss, maxRss: process.resourceUsage().maxRSS * 1024 });
}

/** What a bench child prints last: its result, and its own high-water mark (for systems without /proc). */
export function endLine(result: Record<string, number>): string {
  return JSON.stringify({ ...result, maxRss: process.resourceUsage().maxRSS * 1024 });
}

/**
 * Runs a bench child (`node --import tsx <args>`) and watches its resident memory from outside,
 * every 20 ms, so a child busy in a long synchronous loop is watched too. The child prints
 * startLine() when the part to measure begins (after its warm-up) and endLine() last. `peakMb` is
 * the highest resident set seen after the start less the one at the start. Without /proc (not
 * Linux) the child's maxRSS stands in, which counts its warm-up too when that went higher.
 */
export async function measuredChild(args: string[]): Promise<{ result: Record<string, number>; peakMb: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const rssOf = (): number | null => {
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      return kb ? Number(kb[1]) * 1024 : null;
    } catch {
      return null; // the child has ended, or there is no /proc here
    }
  };
  let start: Record<string, number> | null = null;
  let peak = 0;
  const timer = setInterval(() => {
    const rss = start ? rssOf() : null;
    if (rss !== null) peak = Math.max(peak, rss);
  }, 20);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    const line = start ? undefined : stdout.split('\n').find((text) => text.startsWith('{"start":true'));
    if (line) start = numbers(line);
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(timer);
  const last = stdout.trim().split('\n').pop() ?? '';
  if (code !== 0 || !last.startsWith('{') || !start) throw new Error((stderr.trim().split('\n').find((text) => /Error/.test(text)) ?? stderr.trim()).slice(0, 160));
  const result = numbers(last);
  const { rss, maxRss } = start;
  const seen = peak > 0 ? peak : Math.max(rss, result.maxRss > maxRss ? result.maxRss : rss);
  return { result, peakMb: (seen - rss) / 1_048_576 };
}

function numbers(line: string): Record<string, number> {
  const parsed: unknown = JSON.parse(line);
  if (typeof parsed !== 'object' || parsed === null) throw new Error(`unexpected output: ${line}`);
  return Object.fromEntries(Object.entries(parsed).map(([key, value]) => [key, Number(value)]));
}
