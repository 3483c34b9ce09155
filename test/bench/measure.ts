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
