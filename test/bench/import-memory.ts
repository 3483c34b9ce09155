// The memory and time of importing a list at the size limit of one file (200.000 rows), against
// bare exceljs loading the same file in memory as the importer did before it streamed.
import { fileURLToPath } from 'node:url';
import { IMPORT_LIMITS } from '../../main/core/platform/import/sheet';
import { measuredChild } from './measure';

const CHILD = fileURLToPath(new URL('./import-rows.ts', import.meta.url));
/** Issue 9's promise: an import at the row limit stays under this much extra memory. */
const BUDGET_MB = 500;

export async function importMemoryFigures(): Promise<void> {
  const rows = IMPORT_LIMITS.rows;
  const ours = await measuredChild([CHILD, 'ours', String(rows)]);
  const bare = await measuredChild([CHILD, 'bare', String(rows)]);
  if (ours.result.imported !== rows) throw new Error(`imported ${ours.result.imported} of ${rows} rows`);
  const label = `import ${rows.toLocaleString('en-GB')} members (${ours.result.fileMb.toFixed(1)} MB file)`;
  console.log(
    `${label.padEnd(48)} ${ours.result.ms.toFixed(0).padStart(7)} ms  peak +${ours.peakMb.toFixed(0)} MB RSS (budget ${BUDGET_MB} MB${ours.peakMb <= BUDGET_MB ? ', within' : ', OVER'})` +
      `  bare exceljs load: ${bare.result.ms.toFixed(0)} ms, peak +${bare.peakMb.toFixed(0)} MB  (memory ${(ours.peakMb / bare.peakMb).toFixed(2)}×)`,
  );
}
