import type { ExportPerformance } from '../../../../shared/api/exports';
import { formatMoney, usdFromCents } from '../../../../shared/money';
import type { ReportDefinition } from '../definition';
import { partialText, periodJson } from '../headline';
import { exportPerformance } from './report';
import { monthSourceNotes, monthSourcesJson, withoutFobJson } from './sources';
import { exportPerformanceWorkbook } from './workbook';

/** Kinerja Ekspor: the period's exports against the same months a year earlier. */
export const exportPerformanceDefinition: ReportDefinition<ExportPerformance> = {
  name: 'export-performance',
  compute: exportPerformance,
  headline(ctx, report) {
    const { period } = report;
    const json = {
      current_usd: usdFromCents(report.currentUsdCents), previous_usd: usdFromCents(report.previousUsdCents), growth_pct: report.growthPct,
      ...periodJson(period), months_with_data: report.monthsWithData.current, previous_months_with_data: report.monthsWithData.previous,
      missing_months: report.missingMonths, missing_previous_months: report.missingPreviousMonths,
      month_sources: monthSourcesJson(report.monthSources),
      without_fob: withoutFobJson(report.withoutFob.current), previous_without_fob: withoutFobJson(report.withoutFob.previous),
    };
    const usd = (value: number | null) => (value === null ? ctx.t('exports.reports.noData') : formatMoney(value, 'USD', ctx.locale));
    const growth = report.growthPct === null ? '—' : `${report.growthPct.toLocaleString(ctx.locale === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: 2 })} %`;
    const lines = [`${period.from}…${period.to}: ${usd(report.currentUsdCents)} · ${period.previousFrom}…${period.previousTo}: ${usd(report.previousUsdCents)} · ${growth}`];
    if (period.partialMonth) lines.push(partialText(ctx, period.partialMonth));
    if (report.missingMonths.length > 0) lines.push(ctx.t('exports.reports.missing', { months: report.missingMonths.join(', ') }));
    if (report.missingPreviousMonths.length > 0) lines.push(ctx.t('exports.reports.missingPrevious', { months: report.missingPreviousMonths.join(', ') }));
    return { json, text: [...lines, ...monthSourceNotes(ctx, report.monthSources)].join('\n') };
  },
  workbook: exportPerformanceWorkbook,
};
