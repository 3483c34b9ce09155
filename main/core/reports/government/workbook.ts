import type { ReportPeriod } from '../../../../shared/api/exports';
import { formatDateId } from '../../../../shared/dates';
import type { CallContext } from '../../platform/app';
import type { GovernmentReport } from '../../../../shared/api/registry-reports';
import { finishWorkbook, type WorkbookSink, type WrittenWorkbook } from '../definition';
import { writeProfileSheet } from './profile-sheet';
import { governmentUnitColumns } from './units-sheet';
import { periodLabel } from '../../../../shared/month-labels';
import { addListSheet } from '../registry/sheets';
import { addReportSheet, reportWorkbook } from '../../platform/workbook/report-sheet';

/**
 * "Profil Sentra untuk Pemerintah": the sentra profile sheet and one row per business unit, in the
 * fields of the ministry's e-Smart IKM and the SIINas industry report, so nobody types them again.
 */

/** `profil-sentra-2026-01-2026-11.xlsx`. */
export function governmentFileName(ctx: CallContext, period: ReportPeriod): string {
  return `${ctx.t('reportGovernment.fileWord')}-${period.from}-${period.to}.xlsx`;
}

/** The workbook of a computed report (reports/definition.ts: computed once, then laid out). */
export async function governmentWorkbook(ctx: CallContext, report: GovernmentReport, sink: WorkbookSink): Promise<WrittenWorkbook> {
  const { period } = report;
  const g = (key: string, params?: Record<string, unknown>) => ctx.t(`reportGovernment.${key}`, params);
  const lines = [
    g('period', { period: periodLabel(ctx, period.from, period.to) }),
    g('asOf', { date: formatDateId(report.asOf) }),
  ];
  const workbook = reportWorkbook(ctx);
  // The profile is the first tab but sums the unit sheet: frame it first, fill it last.
  const profile = addReportSheet(ctx, workbook, { name: g('sheet.profile'), title: g('title'), lines, width: 4, orientation: 'portrait' });
  const units = addListSheet(ctx, workbook, {
    name: g('sheet.units'), title: g('unitsTitle'), lines, columns: governmentUnitColumns(ctx, report), rows: report.units,
    empty: ctx.t('reportRegistry.noUnits', { date: formatDateId(report.asOf) }), orientation: 'landscape',
  });
  writeProfileSheet(ctx, profile, report, units);
  return finishWorkbook(workbook, governmentFileName(ctx, period), sink);
}
