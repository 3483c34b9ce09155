import type { ExportFactValues, MonthSource } from '../../../shared/api/exports';
import type { CallContext } from '../platform/app';
import { exportMonthSources } from './export-fact-queries';
import { writeTransaction } from '../platform/db/write';
import { writeMonthSources } from './export-month-source';
import { streamSheet } from '../platform/import/sheet';
import { exportKind } from './export-history-import';
import { monthOf } from './export-history-import-month-source';

/** The CLI's `--month-source`: the months of an export-history workbook, and the choice recorded for those with shipments. */

/** The months of an export-history workbook's readable rows, `YYYY-MM`, sorted. */
export async function monthsOfExportFile(ctx: CallContext, fileName: string, data: Buffer): Promise<string[]> {
  const started: { reader?: ReturnType<typeof exportKind.reader> } = {};
  await streamSheet(exportKind.specs, data, fileName, ctx.t, (header) => {
    started.reader = exportKind.reader(ctx, header);
    return started.reader.add;
  });
  const rows = started.reader?.batch().rows ?? [];
  const months = rows.flatMap((row) => {
    const values = row.values as Partial<ExportFactValues> | null;
    return values && typeof values.year === 'number' && typeof values.month === 'number' ? [monthOf({ year: values.year, month: values.month })] : [];
  });
  return [...new Set(months)].sort();
}

/**
 * `sentra import exports F.xlsx --month-source history|shipments`: records the choice for every
 * month of the file that has shipments that left, before the preview checks them. Returns those months.
 */
export async function chooseFileMonthSources(ctx: CallContext, fileName: string, data: Buffer, source: MonthSource): Promise<string[]> {
  const months = await monthsOfExportFile(ctx, fileName, data);
  if (months.length === 0) return [];
  const withShipments = exportMonthSources(ctx.app.db, months[0], months[months.length - 1])
    .filter((month) => month.shipmentsUsdCents !== null && months.includes(month.month))
    .map((month) => month.month);
  if (withShipments.length > 0) writeTransaction(ctx.app.db, () => writeMonthSources(ctx, withShipments, source));
  return withShipments;
}
