import type { ReportPeriod } from '../../../../shared/api/exports';
import { formatDateId } from '../../../../shared/dates';
import type { CallContext } from '../../platform/app';
import { governmentReport } from './report';
import { writeProfileSheet } from './profile-sheet';
import { governmentUnitColumns } from './units-sheet';
import { periodLabel } from '../period';
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

export async function governmentWorkbook(ctx: CallContext, period: ReportPeriod): Promise<{ fileName: string; data: Buffer }> {
  const report = governmentReport(ctx, period);
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
  return { fileName: governmentFileName(ctx, period), data: Buffer.from(await workbook.xlsx.writeBuffer()) };
}
