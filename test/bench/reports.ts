// Every report of the suite on the stress centre, for a full year, against bare exceljs writing as many cells.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { REPORT_NAMES } from '../../shared/api/exports';
import { measuredChild, median, timed } from './measure';
import { streamMemoryFigures } from './stream-memory';

const TODAY = '2026-11-23';
const source = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/**
 * One report in a fresh process, so its memory is its own: the highest resident set while it is
 * made, watched from outside the process (measuredChild), less the resident set with the app open
 * and the modules loaded, before the report. It is made twice: the first run warms the caches as a
 * running app has them and the second is timed; the peak is over both (a garbage-collected heap is
 * kept by V8 rather than given back, so a peak over the second alone would hide what the first grew).
 */
function childScript(name: string, dbPath: string, out: string, from: string, to: string): string {
  return `
    import { writeFileSync } from 'node:fs';
    import { contextFor, createApp } from ${JSON.stringify(source('main/core/platform/app.ts'))};
    import { openDatabase } from ${JSON.stringify(source('main/core/platform/db/connection.ts'))};
    import { makeReport } from ${JSON.stringify(source('main/core/reports/index.ts'))};
    import { resolvePeriod } from ${JSON.stringify(source('main/core/reports/period.ts'))};
    import { endLine, startLine } from ${JSON.stringify(source('test/bench/measure.ts'))};
    const app = createApp(await openDatabase(${JSON.stringify(dbPath)}), ${JSON.stringify(dbPath)}, { actor: 'bench', today: '${TODAY}' });
    const ctx = contextFor(app, 'id');
    const period = resolvePeriod(ctx, '${from}', '${to}');
    console.log(startLine());
    await makeReport(ctx, ${JSON.stringify(name)}, period, { path: null });
    const start = performance.now();
    const { data } = await makeReport(ctx, ${JSON.stringify(name)}, period, { path: null });
    const ms = performance.now() - start;
    writeFileSync(${JSON.stringify(out)}, data);
    app.db.close();
    console.log(endLine({ ms }));`;
}

async function runChild(name: string, dbPath: string, out: string, from: string, to: string): Promise<{ ms: number; peakMb: number }> {
  const { result, peakMb } = await measuredChild(['--input-type=module', '-e', childScript(name, dbPath, out, from, to)]);
  return { ms: result.ms, peakMb };
}

/** Cells that hold something; the streaming reader keeps a large workbook from being held whole. */
async function filledCells(data: Buffer): Promise<number> {
  const count = (values: unknown) => (Array.isArray(values) ? values.filter((value) => value !== null && value !== undefined && value !== '').length : 0);
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(data), { worksheets: 'emit', sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore' });
    let cells = 0;
    for await (const sheet of reader) for await (const row of sheet) cells += count(row.values);
    return cells;
  } catch {
    // The streaming reader cannot follow every part order the in-memory writer produces; a summary workbook is small.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(data).buffer);
    let cells = 0;
    workbook.eachSheet((sheet) => sheet.eachRow((row) => (cells += count(row.values))));
    return cells;
  }
}

/** The floor: a plain streaming writer putting `cells` numbers in rows of ten, no styles, no formats. */
async function bareCells(cells: number): Promise<void> {
  const stream = new PassThrough();
  stream.resume();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream });
  const sheet = workbook.addWorksheet('x');
  for (let written = 0; written < cells; written += 10) {
    sheet.addRow(Array.from({ length: Math.min(10, cells - written) }, (_, i) => written + i)).commit();
  }
  sheet.commit();
  await workbook.commit();
}

function row(label: string, ms: number, cells: number, floorMs: number, peakMb: number): void {
  const ratio = `${(ms / floorMs).toFixed(2)}× bare exceljs (${floorMs.toFixed(0)} ms)`;
  console.log(`${label.padEnd(48)} ${ms.toFixed(0).padStart(7)} ms  ${cells.toLocaleString('en-GB').padStart(9)} cells  ${ratio}  peak +${peakMb.toFixed(0)} MB RSS`);
}

/**
 * Every report of the suite (REPORT_NAMES, so a new one is timed without touching this file) on
 * the stress centre that stressFigures made, for the last full calendar year; then the rows sweep
 * of a streamed detail sheet against bare exceljs (stream-memory.ts).
 */
export async function reportFigures(stressDb: string, runs: number): Promise<void> {
  const year = Number(TODAY.slice(0, 4)) - 1;
  const out = join(fileURLToPath(new URL('.', `file://${stressDb}`)), 'report.xlsx');
  for (const name of REPORT_NAMES) {
    const label = `report ${name}, stress centre, ${year}`;
    try {
      const peaks: number[] = [];
      const ms = await median(runs, async () => {
        const run = await runChild(name, stressDb, out, `${year}-01`, `${year}-12`);
        peaks.push(run.peakMb);
        return run.ms;
      });
      const cells = await filledCells(readFileSync(out));
      await bareCells(cells);
      const floor = await median(runs, () => timed(() => bareCells(cells)));
      row(label, ms, cells, floor, Math.max(...peaks));
    } catch (error) {
      console.log(`${label.padEnd(48)} failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      rmSync(out, { force: true });
    }
  }
  await streamMemoryFigures();
}
