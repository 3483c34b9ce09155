import type { Column, GridApi, IRowNode } from 'ag-grid-community';
import { toHtmlTable, toTabText } from '../../../../shared/tab-text';

/** A cell by its displayed row and its column. */
export interface CellPoint {
  rowIndex: number;
  colId: string;
}

/** The rectangle between the cell first clicked and the one shift-clicked (or reached with Shift+arrow). */
export interface CellRange {
  anchor: CellPoint;
  focus: CellPoint;
}

/** What a range covers, ready for the cell class rule to test each cell quickly. */
export interface RangeCover {
  firstRow: number;
  lastRow: number;
  colIds: ReadonlySet<string>;
}

/** Grid-made columns (a selection checkbox) hold nothing to copy. */
function isDataColumn(column: Column): boolean {
  return !column.getColId().startsWith('ag-Grid-');
}

export function coverOf(api: GridApi, range: CellRange): RangeCover {
  const columns = api.getAllDisplayedColumns().filter(isDataColumn).map((column) => column.getColId());
  const from = columns.indexOf(range.anchor.colId);
  const to = columns.indexOf(range.focus.colId);
  const colIds = from < 0 || to < 0 ? [range.focus.colId] : columns.slice(Math.min(from, to), Math.max(from, to) + 1);
  return { firstRow: Math.min(range.anchor.rowIndex, range.focus.rowIndex), lastRow: Math.max(range.anchor.rowIndex, range.focus.rowIndex), colIds: new Set(colIds) };
}

export function cellCount(cover: RangeCover): number {
  return (cover.lastRow - cover.firstRow + 1) * cover.colIds.size;
}

function isNumberColumn(column: Column): boolean {
  const definition = column.getColDef();
  return definition.type === 'rightAligned' || definition.cellDataType === 'number';
}

/**
 * A cell as the screen shows it (`1.250`, `28/02/2027`, `Dikonfirmasi`), except that a number
 * loses its currency (`USD 12,50` → `12,50`) so that it pastes back as a number, here or in Excel.
 */
function cellText<T>(api: GridApi<T>, node: IRowNode<T>, column: Column): string {
  const shown = api.getCellValue({ rowNode: node, colKey: column, useFormatter: true });
  const text = shown === null || shown === undefined ? '' : String(shown);
  return isNumberColumn(column) ? text.replace(/^(Rp|[A-Z]{3})\s?(?=-?\d)/, '') : text;
}

/**
 * The cells to copy: the range when it spans more than one cell; otherwise the selected rows
 * when there are several (whole rows); otherwise the one cell, or the one selected row.
 */
export function blockText<T>(api: GridApi<T>, range: CellRange | null, withHeaders: boolean): { text: string; html: string; cells: number } | null {
  const displayed = api.getAllDisplayedColumns().filter(isDataColumn);
  const cover = range ? coverOf(api, range) : null;
  const selected = api.getSelectedNodes().filter((node) => node.rowIndex !== null);
  let nodes: IRowNode<T>[];
  let columns: Column[];
  if (cover && (cellCount(cover) > 1 || selected.length <= 1)) {
    nodes = [];
    for (let index = cover.firstRow; index <= cover.lastRow; index += 1) {
      const node = api.getDisplayedRowAtIndex(index);
      if (node?.data) nodes.push(node);
    }
    columns = displayed.filter((column) => cover.colIds.has(column.getColId()));
  } else if (selected.length > 0) {
    nodes = [...selected].sort((a, b) => (a.rowIndex ?? 0) - (b.rowIndex ?? 0));
    columns = displayed;
  } else {
    return null;
  }
  if (nodes.length === 0 || columns.length === 0) return null;
  const rows = nodes.map((node) => columns.map((column) => cellText(api, node, column)));
  if (withHeaders) rows.unshift(columns.map((column) => api.getDisplayNameForColumn(column, 'header')));
  const textColumns = new Set(columns.flatMap((column, index) => (isNumberColumn(column) ? [] : [index])));
  return { text: toTabText(rows, textColumns), html: toHtmlTable(rows, textColumns), cells: nodes.length * columns.length };
}
