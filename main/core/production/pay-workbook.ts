import type { PieceRateStatement } from '../../../shared/api/production';
import type { CallContext } from '../platform/app';
import { pieceRateStatements } from './piece-rates';
import type { SheetColumn } from '../platform/workbook/style';
import { column, newWorkbook, periodLine, tableSheet, word, workbookFile } from '../platform/workbook/workshop-sheet';
import type { MadeFile } from '../../../shared/api/files';

/** A line as the sheet shows it: an amount entered by hand sits in its own column beside pieces × rate. */
type SheetLine = PieceRateStatement['lines'][number] & { unitCode: string; unitName: string; adjustment: number };

function sum(statement: PieceRateStatement, field: 'accepted' | 'rejected'): number {
  return statement.lines.reduce((total, line) => total + line[field], 0);
}

/** One row per workshop; net payable is a live formula of the three figures before it. */
function summaryColumns(ctx: CallContext): SheetColumn<PieceRateStatement>[] {
  return [
    column(ctx, 'index', 6, 'index', (_r, i) => i + 1),
    column(ctx, 'slipNo', 17, 'text', (r) => r.slipNo ?? word(ctx, 'pay.notPrinted')),
    column(ctx, 'unitCode', 12, 'text', (r) => r.unitCode),
    column(ctx, 'unitName', 24, 'text', (r) => r.unitName),
    column(ctx, 'owner', 22, 'text', (r) => r.ownerName),
    column(ctx, 'memberNo', 13, 'text', (r) => r.memberNo),
    column(ctx, 'accepted', 12, 'number', (r) => sum(r, 'accepted'), { total: 'sum' }),
    column(ctx, 'rejected', 12, 'number', (r) => sum(r, 'rejected'), { total: 'sum' }),
    column(ctx, 'gross', 16, 'number', (r) => r.gross, { total: 'sum' }),
    column(ctx, 'advances', 15, 'number', (r) => r.advances, { total: 'sum' }),
    column(ctx, 'materialOveruse', 16, 'number', (r) => r.materialOveruse, { total: 'sum' }),
    column(ctx, 'net', 16, 'number', (r) => r.net, {
      total: 'sum',
      numFmt: () => '#,##0;[Red]-#,##0',
      formula: (cellOf) => `${cellOf('gross')}-${cellOf('advances')}-${cellOf('materialOveruse')}`,
    }),
  ];
}

/**
 * Each SPK's accepted pieces at its own rate, and corrections: work of a printed slip's period
 * recorded after it, or an amount entered by hand (its own column). The amount is a live formula.
 */
function lineColumns(ctx: CallContext): SheetColumn<SheetLine>[] {
  return [
    column(ctx, 'index', 6, 'index', (_r, i) => i + 1),
    column(ctx, 'unitCode', 12, 'text', (r) => r.unitCode),
    column(ctx, 'unitName', 24, 'text', (r) => r.unitName),
    column(ctx, 'spkNo', 16, 'text', (r) => r.spkNo),
    column(ctx, 'orderNo', 16, 'text', (r) => r.orderNo),
    column(ctx, 'sku', 14, 'text', (r) => r.sku),
    column(ctx, 'accepted', 12, 'number', (r) => r.accepted, { total: 'sum' }),
    column(ctx, 'rejected', 12, 'number', (r) => r.rejected, { total: 'sum' }),
    column(ctx, 'rate', 13, 'number', (r) => r.rate),
    column(ctx, 'adjustment', 14, 'number', (r) => r.adjustment, { numFmt: () => '#,##0;[Red]-#,##0' }),
    column(ctx, 'amount', 16, 'number', (r) => r.amount, {
      total: 'sum',
      numFmt: () => '#,##0;[Red]-#,##0',
      formula: (cellOf) => `${cellOf('accepted')}*${cellOf('rate')}+${cellOf('adjustment')}`,
    }),
    column(ctx, 'note', 36, 'text', (r) => r.note),
  ];
}

/** The period's piece-rate pay (ongkos jahit): the summary per workshop and the lines it is made of. */
export async function payWorkbook(ctx: CallContext, from: string, to: string): Promise<MadeFile> {
  const statements = pieceRateStatements(ctx, from, to, null);
  const lines = statements.flatMap((s) =>
    s.lines.map((line) => ({ ...line, unitCode: s.unitCode, unitName: s.unitName, adjustment: line.amount - line.accepted * line.rate })),
  );
  const workbook = newWorkbook(ctx);
  const title = word(ctx, 'pay.title');
  const subtitle = periodLine(ctx, from, to);
  tableSheet(ctx, workbook, { name: word(ctx, 'pay.sheet'), title, subtitle, columns: summaryColumns(ctx), rows: statements, frozenColumns: 4 });
  tableSheet(ctx, workbook, { name: word(ctx, 'pay.lines'), title, subtitle, columns: lineColumns(ctx), rows: lines, frozenColumns: 4 });
  return workbookFile(workbook, word(ctx, 'pay.fileName', { from, to }));
}
