import { writeFile } from 'node:fs/promises';
import type { Workbook } from 'exceljs';
import type { ReportName, ReportPeriod } from '../../../shared/api/exports';
import type { ReportHeadline } from '../../../shared/api/jobs';
import type { CallContext } from '../platform/app';

/**
 * Where a report's workbook goes: into the file at `path` (the CLI's part file; a streamed report
 * never holds the whole workbook), or back as bytes when `path` is null (the screens' download).
 */
export interface WorkbookSink {
  path: string | null;
}

/** The written workbook: its name, and its bytes unless it went into the sink's file. */
export interface WrittenWorkbook {
  fileName: string;
  data: Buffer | null;
}

/**
 * One report, defined once: `compute` reads its figures for a period (a figure the data does not
 * reach is null, never zero); the screens and prints show that data (`reports:*`), `headline`
 * turns it into the CLI's `--json` (the contract's keys) and one line for a terminal, and
 * `workbook` lays the same data out. The worker computes once and hands both on (reports/make.ts).
 */
export interface ReportDefinition<Data> {
  name: ReportName;
  compute(ctx: CallContext, period: ReportPeriod): Data;
  headline(ctx: CallContext, data: Data): ReportHeadline;
  workbook(ctx: CallContext, data: Data, sink: WorkbookSink): Promise<WrittenWorkbook>;
}

/** An in-memory workbook into its sink: the file, or the bytes. */
export async function finishWorkbook(workbook: Workbook, fileName: string, sink: WorkbookSink): Promise<WrittenWorkbook> {
  const data = Buffer.from(await workbook.xlsx.writeBuffer());
  if (sink.path === null) return { fileName, data };
  await writeFile(sink.path, data);
  return { fileName, data: null };
}
