import type { ReportName, ReportPeriod } from '../../../shared/api/exports';
import type { CallContext } from '../platform/app';
import { exportPerformanceWorkbook } from './export-performance/workbook';
import { governmentWorkbook } from './government/workbook';
import { materialsWorkbook } from './materials/workbook';
import { productionWorkbook } from './production/workbook';
import { registryWorkbook } from './registry/workbook';
import { roadmapWorkbook } from './roadmap/workbook';
import { shipmentsWorkbook, shipmentsWorkbookFile } from './shipments/workbook';

/**
 * The report suite, one entry per report name: how its workbook is made for a period. The CLI's
 * `sentra report <name>`, the screens' "Unduh Excel" and `files:report` all come through here, on
 * a worker thread (main/core/platform/jobs), and a new report is one more entry (the name in
 * shared/api/exports.ts REPORT_NAMES first).
 */
export interface ReportDef {
  workbook(ctx: CallContext, period: ReportPeriod): Promise<{ fileName: string; data: Buffer }>;
  /** Streamed detail reports write straight into a file, never holding the whole workbook. */
  writeFile?(ctx: CallContext, period: ReportPeriod, path: string): Promise<{ fileName: string }>;
}

export const REPORTS: Record<ReportName, ReportDef> = {
  'export-performance': { workbook: exportPerformanceWorkbook },
  roadmap: { workbook: roadmapWorkbook },
  registry: { workbook: registryWorkbook },
  government: { workbook: governmentWorkbook },
  shipments: { workbook: shipmentsWorkbook, writeFile: (ctx, period, path) => shipmentsWorkbookFile(ctx, period, path) },
  production: { workbook: productionWorkbook },
  materials: { workbook: materialsWorkbook },
};
