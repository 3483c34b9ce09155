import type { Workbook } from 'exceljs';
import { createElement } from 'react';
import type { ProductionReportFull } from '../../../../shared/api/report-production';
import { CapacityFigure } from '../../../../shared/charts/CapacityFigure';
import type { CallContext } from '../../platform/app';
import { chartImage } from '../../platform/workbook/chart-image';
import { periodLabel } from '../../../../shared/month-labels';
import { addChartSheet, CHART_WIDTH, chartNumbers, placeChart, placeNoChart, shortMonth } from '../../platform/workbook/sheet-chart';

/**
 * The production report's chart sheet: pieces handed in against the capacity offered, month by
 * month (the utilisation of reports/figures). A month without production data has no column, and
 * a period without any gets words instead of a picture.
 */

/** Above this share a month counts as full, as the plan's load colours say (renderer/src/planning/plan/loadLevel.ts). */
const FULL_FROM = 0.8;

function tone(load: number, capacity: number): string {
  if (capacity <= 0 || load > capacity) return 'over';
  return load / capacity >= FULL_FROM ? 'full' : 'light';
}

/** The chart sheet (after the summary): the utilisation chart, or why there is none. */
export async function addProductionChartSheet(ctx: CallContext, workbook: Workbook, report: ProductionReportFull, frame: { title: string; lines: string[] }): Promise<void> {
  const { sheet, width, row } = addChartSheet(ctx, workbook, frame);
  const c = (key: string) => ctx.t(`charts.production.${key}`);
  if (report.figures.producedQty === null) {
    placeNoChart(sheet, row, width, ctx.t('charts.production.none', { period: periodLabel(ctx, report.period.from, report.period.to) }));
    return;
  }
  const numbers = chartNumbers(ctx);
  const spansYears = report.period.from.slice(0, 4) !== report.period.to.slice(0, 4);
  const figure = createElement(CapacityFigure, {
    width: CHART_WIDTH,
    title: c('title'),
    note: periodLabel(ctx, report.period.from, report.period.to, true),
    items: [
      { key: 'light', label: c('light'), colour: '#8fbf9f' },
      { key: 'full', label: c('full'), colour: '#e0a82e' },
      { key: 'over', label: c('over'), colour: '#d9534f' },
      { key: 'capacity', label: c('capacity'), colour: '#7f8c99', shape: 'dash' },
    ],
    columns: report.byMonth.map((line) => ({
      key: line.key,
      label: shortMonth(ctx, line.key, spansYears),
      load: line.delivered,
      capacity: line.capacity,
      tone: tone(line.delivered, line.capacity),
      tip: line.unitName ?? line.key,
      isMissing: !line.hasData,
    })),
    formatPct: numbers.wholePct,
    missingText: c('missing'),
  });
  placeChart(workbook, sheet, await chartImage(figure), row);
}
