import type { Workbook } from 'exceljs';
import type { Milestone } from '../../../../shared/api/roadmap';
import type { CallContext } from '../../platform/app';
import { excelDate, finishSheet, setColumns, styleTotalsRow, writeHeader, writeRows, type SheetColumn } from '../../platform/workbook/style';
import { addReportSheet } from '../../platform/workbook/report-sheet';

/** Tonggak: the roadmap's milestones by due date, their status and whether the date has passed undone. */
export function addMilestoneSheet(ctx: CallContext, workbook: Workbook, milestones: Milestone[], frame: { title: string; lines: string[] }): void {
  const w = (key: string) => ctx.t(`roadmap.workbook.${key}`);
  const columns: SheetColumn<Milestone>[] = [
    { key: 'row_number', header: ctx.t('imports.rowNumber'), width: 6, kind: 'index', value: (_m, i) => i + 1 },
    { key: 'milestone', header: w('column.milestone'), width: 48, kind: 'text', value: (m) => m.title },
    { key: 'due', header: w('column.due'), width: 12, kind: 'date', value: (m) => excelDate(m.dueOn) },
    { key: 'status', header: w('column.status'), width: 14, kind: 'text', value: (m) => ctx.t(`roadmap.milestoneStatus.${m.status}`) },
    { key: 'overdue', header: w('column.overdue'), width: 10, kind: 'text', value: (m) => (m.isOverdue ? w('yes') : null) },
    { key: 'note', header: w('column.note'), width: 44, kind: 'text', value: (m) => m.note },
  ];
  const { sheet, headerRow } = addReportSheet(ctx, workbook, { name: w('sheet.milestones'), title: frame.title, lines: frame.lines, width: columns.length, orientation: 'landscape' });
  setColumns(sheet, columns);
  writeHeader(sheet, headerRow, columns);
  writeRows(sheet, headerRow + 1, columns, milestones);
  for (let row = headerRow + 1; row <= headerRow + milestones.length; row++) sheet.getRow(row).alignment = { wrapText: true, vertical: 'top' };
  if (milestones.length === 0) styleTotalsRow(sheet, headerRow + 1, columns.length, w('noMilestones'));
  finishSheet(sheet, { headerRow, lastRow: Math.max(headerRow, headerRow + milestones.length), width: columns.length, frozenColumns: 2 });
}
