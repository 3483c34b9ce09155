// Rows sweep: the memory a detail sheet takes as it grows, our streamed sheet against bare exceljs.
import { fileURLToPath } from 'node:url';
import { measuredChild } from './measure';
import type { StreamVariant } from './stream-rows';

const CHILD = fileURLToPath(new URL('./stream-rows.ts', import.meta.url));
const SWEEP = [100_000, 300_000, 1_000_000];

/**
 * Each size once per writer, each in a fresh process watched from outside (measuredChild): ours
 * (report frame, styles, totals, pausing for deflate, into a file) and bare exceljs as its README
 * writes (rows committed one by one, no styles, never waiting). One run each: a million rows takes
 * about half a minute, and memory, unlike time, hardly varies from run to run.
 */
export async function streamMemoryFigures(): Promise<void> {
  for (const rows of SWEEP) {
    const figures: Partial<Record<StreamVariant, { ms: number; peakMb: number }>> = {};
    for (const variant of ['ours', 'bare'] satisfies StreamVariant[]) {
      const { result, peakMb } = await measuredChild([CHILD, variant, String(rows)]);
      figures[variant] = { ms: result.ms, peakMb };
    }
    const { ours, bare } = figures;
    if (!ours || !bare) continue;
    const label = `stream ${rows.toLocaleString('en-GB')} rows × 10 columns to a file`;
    console.log(
      `${label.padEnd(48)} ${ours.ms.toFixed(0).padStart(7)} ms  peak +${ours.peakMb.toFixed(0)} MB RSS` +
        `  bare exceljs: ${bare.ms.toFixed(0)} ms, peak +${bare.peakMb.toFixed(0)} MB  (memory ${(ours.peakMb / bare.peakMb).toFixed(2)}×, time ${(ours.ms / bare.ms).toFixed(2)}×)`,
    );
  }
}
