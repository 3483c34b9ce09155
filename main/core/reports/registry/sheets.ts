import type { Workbook } from 'exceljs';
import type { Member } from '../../../../shared/domain/member';
import type { Unit } from '../../../../shared/domain/unit';
import type { CallContext } from '../../platform/app';
import { finishSheet, setColumns, styleTotalsRow, writeHeader, writeRows, writeTotals, type SheetColumn } from '../../platform/workbook/style';
import { memberExportColumns } from '../../registry/member-import';
import { unitExportColumns } from '../../registry/unit-import';
import { addReportSheet } from '../../platform/workbook/report-sheet';

/**
 * The member and unit lists of the registry report, in the columns government offices ask for.
 * The columns are the list exports' own (importers/kinds), picked and ordered for this layout;
 * only the unit's state reads "Aktif/Dorman" here instead of the import's ya/tidak.
 */

const MEMBER_KEYS = ['row_number', 'member_no', 'name', 'nik', 'gender', 'address', 'village', 'district', 'joined_on', 'status'];
const UNIT_KEYS = ['row_number', 'unit_code', 'name', 'owner_name', 'nib', 'kbli', 'categories', 'workers', 'monthly_capacity', 'quality_grade', 'state'];

function pick<T>(columns: SheetColumn<T>[], keys: string[]): SheetColumn<T>[] {
  const byKey = new Map(columns.map((column) => [column.key, column]));
  // Dropdowns belong to the import template, not to a report.
  return keys.flatMap((key) => {
    const column = byKey.get(key);
    return column ? [{ ...column, choices: undefined }] : [];
  });
}

export function memberColumns(ctx: CallContext): SheetColumn<Member>[] {
  return pick(memberExportColumns(ctx), MEMBER_KEYS);
}

/** The registry layout's unit columns, or those of `keys` (the government profile adds the address). */
export function unitColumns(ctx: CallContext, keys = UNIT_KEYS): SheetColumn<Unit>[] {
  const r = (key: string) => ctx.t(`reportRegistry.${key}`);
  const state: SheetColumn<Unit> = { key: 'state', header: r('column.state'), width: 10, kind: 'text', value: (u) => r(u.isActive ? 'state.active' : 'state.dormant') };
  return pick([...unitExportColumns(ctx), state], keys);
}

/** Where a list's columns ended up, for the summary's formulas: `'Anggota'!$J$9:$J$20`. */
export interface ListRanges {
  range(key: string): string;
  rows: number;
}

export function addListSheet<T>(
  ctx: CallContext, workbook: Workbook,
  def: { name: string; title: string; lines: string[]; columns: SheetColumn<T>[]; rows: T[]; empty: string; orientation: 'portrait' | 'landscape' },
): ListRanges {
  const width = def.columns.length;
  const { sheet, headerRow } = addReportSheet(ctx, workbook, { name: def.name, title: def.title, lines: def.lines, width, orientation: def.orientation });
  setColumns(sheet, def.columns);
  writeHeader(sheet, headerRow, def.columns);
  const firstRow = headerRow + 1;
  const lastRow = headerRow + def.rows.length;
  writeRows(sheet, firstRow, def.columns, def.rows);
  if (def.rows.length > 0) writeTotals(sheet, lastRow + 1, ctx.t('imports.total'), def.columns, def.rows, firstRow);
  else styleTotalsRow(sheet, firstRow, width, def.empty);
  finishSheet(sheet, { headerRow, lastRow: Math.max(headerRow, lastRow), width, frozenColumns: 3 });
  const quoted = `'${def.name.replace(/'/g, "''")}'`;
  return {
    rows: def.rows.length,
    range(key) {
      const letter = sheet.getColumn(def.columns.findIndex((column) => column.key === key) + 1).letter;
      return `${quoted}!$${letter}$${firstRow}:$${letter}$${Math.max(firstRow, lastRow)}`;
    },
  };
}
