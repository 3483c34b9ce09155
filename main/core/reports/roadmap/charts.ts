import type { Workbook } from 'exceljs';
import { createElement } from 'react';
import type { KpiProgress, RoadmapView } from '../../../../shared/api/roadmap';
import { formatDateId } from '../../../../shared/dates';
import { PanelsFigure, type BarPanel } from '../../../../shared/charts/PanelsFigure';
import { REST_COLOUR, SLICE_COLOURS } from '../../../../shared/charts/scale';
import type { CallContext } from '../../platform/app';
import { chartImage } from '../../platform/workbook/chart-image';
import { kpiNumber } from './kpi-sheet';
import { addChartSheet, CHART_WIDTH, chartNumbers, placeChart, placeNoChart } from '../../platform/workbook/sheet-chart';

/**
 * The roadmap's chart sheet: every KPI's target beside its actual, year by year, one small
 * chart a KPI on its own scale. A year without a figure leaves a gap; a KPI without any figure
 * is left out, and a roadmap without any gets words instead of a picture.
 */

function hasFigures(kpi: KpiProgress): boolean {
  return kpi.years.some((cell) => cell.target !== null || cell.actual !== null);
}

function panel(ctx: CallContext, kpi: KpiProgress): BarPanel {
  return {
    key: String(kpi.id),
    caption: kpi.unit ? `${kpi.label} (${kpi.unit})` : kpi.label,
    groups: kpi.years.map((cell) => ({
      key: String(cell.year),
      label: String(cell.year),
      values: [kpiNumber(kpi, cell.target), kpiNumber(kpi, cell.actual)],
      tip: `${kpi.label} ${cell.year}`,
    })),
    formatTick: chartNumbers(ctx).tick,
  };
}

/** The chart sheet (after the summary): the KPI chart, or why there is none. */
export async function addRoadmapChartSheet(ctx: CallContext, workbook: Workbook, view: RoadmapView, frame: { title: string; lines: string[] }): Promise<void> {
  const { sheet, width, row } = addChartSheet(ctx, workbook, frame);
  const kpis = view.kpis.filter(hasFigures);
  if (kpis.length === 0) {
    placeNoChart(sheet, row, width, ctx.t('charts.roadmap.none'));
    return;
  }
  const figure = createElement(PanelsFigure, {
    width: CHART_WIDTH,
    title: ctx.t('charts.roadmap.title'),
    // The current year's actuals run to today only: say so beside its short bars.
    note: view.years.includes(view.currentYear) ? ctx.t('charts.roadmap.note', { year: view.currentYear, date: formatDateId(view.today) }) : undefined,
    series: [
      { key: 'target', label: ctx.t('charts.roadmap.target'), colour: REST_COLOUR },
      { key: 'actual', label: ctx.t('charts.roadmap.actual'), colour: SLICE_COLOURS[0] },
    ],
    panels: kpis.map((kpi) => panel(ctx, kpi)),
  });
  placeChart(workbook, sheet, await chartImage(figure), row);
}
