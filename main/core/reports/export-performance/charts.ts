import type { Workbook, Worksheet } from 'exceljs';
import { createElement } from 'react';
import { BarsFigure } from '../../../../shared/charts/BarsFigure';
import { DonutFigure } from '../../../../shared/charts/DonutFigure';
import { REST_COLOUR, SLICE_COLOURS, sliceColour } from '../../../../shared/charts/scale';
import type { ExportPerformance, PerformanceLine } from '../../../../shared/api/exports';
import type { CallContext } from '../../platform/app';
import { chartImage } from '../../platform/workbook/chart-image';
import { CHART_WIDTH, chartNumbers, placeChart, placeNoChart, shortMonth } from '../../platform/workbook/sheet-chart';

/**
 * The export-performance summary's pictures: the months of the period beside the same months a
 * year earlier, and where this period's exports went (the five largest destinations and the
 * rest). A month without any export fact leaves a gap, and a period without one gets words.
 */

const TOP_DESTINATIONS = 5;

/** This period's months beside the same months a year earlier; a month without facts is a gap. */
export function monthFigure(ctx: CallContext, report: ExportPerformance, periods: { current: string; previous: string }) {
  const numbers = chartNumbers(ctx);
  const spansYears = report.period.from.slice(0, 4) !== report.period.to.slice(0, 4);
  return createElement(BarsFigure, {
    width: CHART_WIDTH,
    title: ctx.t('charts.exports.byMonth'),
    note: ctx.t('charts.exports.byMonthNote', periods),
    series: [
      { key: 'current', label: periods.current, colour: SLICE_COLOURS[0] },
      { key: 'previous', label: periods.previous, colour: REST_COLOUR },
    ],
    groups: report.byMonth.map((line) => ({
      key: line.key,
      label: shortMonth(ctx, line.key, spansYears),
      values: [line.currentKnown ? line.currentUsdCents / 100 : null, line.previousKnown ? line.previousUsdCents / 100 : null],
      tip: line.label,
    })),
    formatTick: numbers.tick,
  });
}

/** The largest destinations this period, the rest folded into one grey slice. */
function destinations(ctx: CallContext, lines: PerformanceLine[]): { key: string; label: string; usd: number }[] {
  const sold = lines.filter((line) => line.currentUsdCents > 0);
  const shown = sold.slice(0, sold.length > TOP_DESTINATIONS + 1 ? TOP_DESTINATIONS : sold.length);
  const rest = sold.slice(shown.length).reduce((sum, line) => sum + line.currentUsdCents, 0);
  return [
    ...shown.map((line) => ({ key: line.key, label: line.label, usd: line.currentUsdCents })),
    ...(rest > 0 ? [{ key: 'other', label: ctx.t('charts.other'), usd: rest }] : []),
  ];
}

/** Where this period's exports went, as a ring with each destination's value and share. */
export function countryFigure(ctx: CallContext, report: ExportPerformance, current: string) {
  const numbers = chartNumbers(ctx);
  const parts = destinations(ctx, report.byCountry);
  const colour = (index: number, key: string) => sliceColour(index, key === 'other');
  const largest = parts[0];
  return createElement(DonutFigure, {
    width: CHART_WIDTH,
    title: ctx.t('charts.exports.byCountry'),
    note: current,
    slices: parts.map((part, i) => ({ key: part.key, value: part.usd, colour: colour(i, part.key), tip: part.label })),
    centre: numbers.wholePct(largest.usd / (report.currentUsdCents ?? 0)),
    // The ring's hole holds a short name only; the key names every slice anyway.
    centreNote: largest.label.length <= 12 ? largest.label : undefined,
    items: parts.map((part, i) => ({
      key: part.key, label: part.label, colour: colour(i, part.key),
      figure: ctx.t('charts.exports.slice', { value: numbers.money(part.usd / 100), share: numbers.pct((part.usd / (report.currentUsdCents ?? 0)) * 100) }),
    })),
  });
}

/** Below the summary's notes from `row`: the month chart and the destination chart, or why not. */
export async function addPerformanceCharts(
  ctx: CallContext, workbook: Workbook, sheet: Worksheet, report: ExportPerformance, periods: { current: string; previous: string }, row: number, width: number,
): Promise<void> {
  if (report.facts === 0) {
    placeNoChart(sheet, row, width, ctx.t('charts.exports.none', periods));
    return;
  }
  const next = placeChart(workbook, sheet, await chartImage(monthFigure(ctx, report, periods)), row) + 1;
  if ((report.currentUsdCents ?? 0) <= 0) {
    placeNoChart(sheet, next, width, ctx.t('charts.exports.noneCurrent', periods));
    return;
  }
  placeChart(workbook, sheet, await chartImage(countryFigure(ctx, report, periods.current)), next);
}
