import type { Delivery } from '../../../shared/api/production';
import type { CallContext } from '../platform/app';
import { findUnitByCode } from '../registry/unit-queries';
import { deliveryList } from './deliveries';
import { excelDate, sumOf, type SheetColumn } from '../platform/workbook/style';
import { cellAt, column, newWorkbook, periodLine, tableSheet, word, workbookFile } from '../platform/workbook/workshop-sheet';
import type { MadeFile } from '../../../shared/api/files';

type DeliveryRow = Delivery & { unitName: string };

/** Rejected ÷ handed in, as the cell shows it (0 when nothing was handed in). */
function rejectShare(accepted: number, rejected: number): number {
  return accepted + rejected === 0 ? 0 : rejected / (accepted + rejected);
}

function shareFormula(accepted: string, rejected: string): string {
  return `IF(${accepted}+${rejected}=0,0,${rejected}/(${accepted}+${rejected}))`;
}

function deliveryColumns(ctx: CallContext): SheetColumn<DeliveryRow>[] {
  return [
    column(ctx, 'index', 6, 'index', (_r, i) => i + 1),
    column(ctx, 'deliveredOn', 12, 'date', (r) => excelDate(r.deliveredOn)),
    column(ctx, 'unitCode', 12, 'text', (r) => r.unitCode),
    column(ctx, 'unitName', 24, 'text', (r) => r.unitName),
    column(ctx, 'orderNo', 16, 'text', (r) => r.orderNo),
    column(ctx, 'sku', 14, 'text', (r) => r.sku),
    column(ctx, 'accepted', 12, 'number', (r) => r.accepted, { total: 'sum' }),
    column(ctx, 'rejected', 12, 'number', (r) => r.rejected, { total: 'sum' }),
    column(ctx, 'rejectPct', 10, 'decimal', (r) => rejectShare(r.accepted, r.rejected), {
      numFmt: () => '0.0%',
      formula: (cellOf) => shareFormula(cellOf('accepted'), cellOf('rejected')),
    }),
    column(ctx, 'note', 36, 'text', (r) => r.note),
  ];
}

/** Deliveries of a period, oldest first, with QC's reject share per delivery and for the whole (as live formulas). */
export async function deliveriesWorkbook(ctx: CallContext, from: string, to: string, unitCode: string | null): Promise<MadeFile> {
  const names = new Map<string, string>();
  const nameOf = (code: string) => {
    if (!names.has(code)) names.set(code, findUnitByCode(ctx.app.db, code)?.name ?? '');
    return names.get(code) ?? '';
  };
  const rows = deliveryList(ctx, { assignmentId: null, unitCode, from, to })
    .map((d) => ({ ...d, unitName: nameOf(d.unitCode) }))
    .sort((a, b) => a.deliveredOn.localeCompare(b.deliveredOn) || a.unitCode.localeCompare(b.unitCode) || a.id - b.id);
  const workbook = newWorkbook(ctx);
  const columns = deliveryColumns(ctx);
  const subtitle = [periodLine(ctx, from, to), unitCode ? word(ctx, 'unit', { unit: `${unitCode} ${nameOf(unitCode)}`.trim() }) : null].filter(Boolean).join(' · ');
  const { sheet, totalsRow } = tableSheet(ctx, workbook, { name: word(ctx, 'deliveries.sheet'), title: word(ctx, 'deliveries.title'), subtitle, columns, rows, frozenColumns: 3 });
  if (totalsRow !== null) {
    const cell = sheet.getCell(cellAt(sheet, columns, 'rejectPct', totalsRow));
    const accepted = sumOf(rows.map((r) => r.accepted));
    const rejected = sumOf(rows.map((r) => r.rejected));
    cell.value = { formula: shareFormula(cellAt(sheet, columns, 'accepted', totalsRow), cellAt(sheet, columns, 'rejected', totalsRow)), result: rejectShare(accepted, rejected) };
    cell.numFmt = '0.0%';
  }
  return workbookFile(workbook, word(ctx, 'deliveries.fileName', { from, to }));
}
