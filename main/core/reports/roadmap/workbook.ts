import type { RoadmapView } from '../../../../shared/api/roadmap';
import { formatDateId } from '../../../../shared/dates';
import type { CallContext } from '../../platform/app';
import { finishWorkbook, type WorkbookSink, type WrittenWorkbook } from '../definition';
import { addReportSheet, reportWorkbook } from '../../platform/workbook/report-sheet';
import { addKpiSheet } from './kpi-sheet';
import { addRoadmapChartSheet } from './charts';
import { addMilestoneSheet } from './milestone-sheet';
import { SUMMARY_WIDTH, writeRoadmapSummary } from './summary';

/**
 * Laporan Capaian Roadmap Revitalisasi as a workbook: the summary of the headline year with the
 * gap ahead, a chart of every KPI's target and actual by year, every KPI year by year, and the
 * milestones. The period's last month picks the headline year (this year by default); the KPI
 * sheet and the chart always cover the whole roadmap.
 */

export function roadmapTexts(ctx: CallContext, view: RoadmapView) {
  const w = (key: string, params?: Record<string, unknown>) => ctx.t(`roadmap.workbook.${key}`, params);
  return {
    title: w('title'),
    lines: [
      w('period', { name: view.name, start: view.startYear, end: view.endYear, baseline: view.baselineYear }),
      w('asOf', { date: formatDateId(view.today), year: view.currentYear, months: view.monthsPassed }),
    ],
  };
}

/** `capaian-roadmap-2026.xlsx`. */
export function roadmapFileName(ctx: CallContext, year: number): string {
  return `${ctx.t('roadmap.workbook.fileWord')}-${year}.xlsx`;
}

/** The workbook of a computed roadmap view (reports/definition.ts: computed once, then laid out). */
export async function roadmapWorkbook(ctx: CallContext, view: RoadmapView, sink: WorkbookSink): Promise<WrittenWorkbook> {
  const frame = roadmapTexts(ctx, view);
  const workbook = reportWorkbook(ctx);
  const summary = addReportSheet(ctx, workbook, { name: ctx.t('roadmap.workbook.sheet.summary'), title: frame.title, lines: frame.lines, width: SUMMARY_WIDTH, orientation: 'portrait' });
  writeRoadmapSummary(ctx, summary, view);
  await addRoadmapChartSheet(ctx, workbook, view, frame);
  addKpiSheet(ctx, workbook, view, frame);
  addMilestoneSheet(ctx, workbook, view.milestones, frame);
  return finishWorkbook(workbook, roadmapFileName(ctx, view.headline.year), sink);
}
