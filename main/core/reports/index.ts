import type { ExportPerformance, ReportName, ReportPeriod } from '../../../shared/api/exports';
import type { ReportHeadline } from '../../../shared/api/jobs';
import type { GovernmentReport, RegistryReport } from '../../../shared/api/registry-reports';
import type { MaterialsReport } from '../../../shared/api/report-materials';
import type { ProductionReportFull } from '../../../shared/api/report-production';
import type { ShipmentsReport } from '../../../shared/api/report-shipments';
import type { RoadmapView } from '../../../shared/api/roadmap';
import type { CallContext } from '../platform/app';
import type { ReportDefinition, WorkbookSink, WrittenWorkbook } from './definition';
import { exportPerformanceDefinition } from './export-performance/definition';
import { governmentDefinition } from './government/definition';
import { materialsDefinition } from './materials/definition';
import { productionDefinition } from './production/definition';
import { registryDefinition } from './registry/definition';
import { roadmapDefinition } from './roadmap/definition';
import { shipmentsDefinition } from './shipments/definition';

/** What each report computes: the data its screen shows, its headline and its workbook are made from. */
export interface ReportData {
  'export-performance': ExportPerformance;
  roadmap: RoadmapView;
  registry: RegistryReport;
  government: GovernmentReport;
  shipments: ShipmentsReport;
  production: ProductionReportFull;
  materials: MaterialsReport;
}

/**
 * The report suite, one definition per report name (reports/definition.ts), each in its own folder.
 * The screens' `reports:*` calls show what `compute` gives; the CLI's `sentra report <name>`, the
 * screens' "Unduh Excel" and `files:report` all come through `makeReport` on a worker thread
 * (main/core/platform/jobs). A new report is one more entry (its name in shared/api/exports.ts REPORT_NAMES first).
 */
export const REPORTS: { [N in ReportName]: ReportDefinition<ReportData[N]> } = {
  'export-performance': exportPerformanceDefinition,
  roadmap: roadmapDefinition,
  registry: registryDefinition,
  government: governmentDefinition,
  shipments: shipmentsDefinition,
  production: productionDefinition,
  materials: materialsDefinition,
};

/** A report computed once: its workbook into the sink and its headline, both from the same data. */
export async function makeReport<N extends ReportName>(ctx: CallContext, name: N, period: ReportPeriod, sink: WorkbookSink): Promise<WrittenWorkbook & { headline: ReportHeadline }> {
  const report: ReportDefinition<ReportData[N]> = REPORTS[name];
  const data = report.compute(ctx, period);
  const written = await report.workbook(ctx, data, sink);
  return { ...written, headline: report.headline(ctx, data) };
}
