import { useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import type { CellClassParams, CellFocusedEvent, ColDef, GridApi } from 'ag-grid-community';
import { blockText, cellCount, coverOf, type CellPoint, type CellRange, type RangeCover } from './cellBlock';
import { writeClipboardText } from './clipboardWrite';
import { GridCopyMenu } from './GridCopyMenu';
import './grid-copy.css';

export interface GridCopy<T> {
  /** The screen's columns, each also marking the cells inside the range. */
  columnDefs: ColDef<T>[];
  setApi(api: GridApi<T>): void;
  onCellFocused(event: CellFocusedEvent<T>): void;
  /** For the element around the grid: Ctrl+C, the right-click menu, Shift held while clicking. */
  frameProps: {
    onKeyDown(event: KeyboardEvent<HTMLElement>): void;
    onKeyDownCapture(event: KeyboardEvent<HTMLElement>): void;
    onMouseDownCapture(event: MouseEvent<HTMLElement>): void;
    onContextMenu(event: MouseEvent<HTMLElement>): void;
  };
  menu: ReactNode;
}

function cellUnder(target: EventTarget): CellPoint | null {
  if (!(target instanceof Element)) return null;
  const cell = target.closest('.ag-cell[col-id]');
  const row = cell?.closest('.ag-row[row-index]');
  const rowIndex = Number(row?.getAttribute('row-index'));
  const colId = cell?.getAttribute('col-id');
  return colId && Number.isInteger(rowIndex) ? { rowIndex, colId } : null;
}

/**
 * Select cells like a spreadsheet and copy them as tab-separated text (ag-grid Community has no
 * range selection or clipboard): click a cell, shift-click or Shift+arrow to stretch a rectangle,
 * Ctrl+C or the right-click menu to copy, with or without the column headers.
 */
export function useGridCopy<T>(columns: ColDef<T>[]): GridCopy<T> {
  const api = useRef<GridApi<T> | null>(null);
  const range = useRef<CellRange | null>(null);
  const cover = useRef<RangeCover | null>(null);
  const isShiftHeld = useRef(false);
  // A right-click on the shaded cells focuses one of them; the range stays for the menu to copy.
  const isKeepingRange = useRef(false);
  const [menuAt, setMenuAt] = useState<{ x: number; y: number } | null>(null);

  const columnDefs = useMemo(() => {
    const isInRange = (params: CellClassParams<T>) => {
      const covered = cover.current;
      const rowIndex = params.node.rowIndex;
      return covered !== null && rowIndex !== null && rowIndex >= covered.firstRow && rowIndex <= covered.lastRow && covered.colIds.has(params.column.getColId());
    };
    // A header squeezed to fit a 1366 screen ("Tenag…") still names itself on hover.
    return columns.map((column) => ({
      headerTooltip: column.headerName,
      ...column,
      cellClassRules: { ...column.cellClassRules, 'cell-in-range': isInRange },
    }));
  }, [columns]);

  function select(next: CellRange | null) {
    range.current = next;
    const grid = api.current;
    const covered = grid && next ? coverOf(grid, next) : null;
    // One cell is shown by the grid's own focus border; a rectangle is shaded.
    cover.current = covered && cellCount(covered) > 1 ? covered : null;
    grid?.refreshCells();
  }

  function isCovered(point: CellPoint): boolean {
    const covered = cover.current;
    return covered !== null && point.rowIndex >= covered.firstRow && point.rowIndex <= covered.lastRow && covered.colIds.has(point.colId);
  }

  function copy(withHeaders: boolean) {
    setMenuAt(null);
    const block = api.current ? blockText(api.current, range.current, withHeaders) : null;
    if (block) writeClipboardText(block.text, block.html);
  }

  return {
    columnDefs,
    setApi: (ready) => {
      api.current = ready;
    },
    onCellFocused: (event) => {
      api.current = event.api;
      const { rowIndex, column } = event;
      if (isKeepingRange.current) {
        isKeepingRange.current = false;
        return;
      }
      if (rowIndex === null || column === null || event.rowPinned) return;
      const point = { rowIndex, colId: typeof column === 'string' ? column : column.getColId() };
      select(isShiftHeld.current && range.current ? { anchor: range.current.anchor, focus: point } : { anchor: point, focus: point });
    },
    frameProps: {
      onKeyDownCapture: (event) => {
        isShiftHeld.current = event.shiftKey;
        isKeepingRange.current = false;
      },
      onMouseDownCapture: (event) => {
        isShiftHeld.current = event.shiftKey;
        const point = cellUnder(event.target);
        isKeepingRange.current = event.button === 2 && point !== null && isCovered(point);
      },
      onKeyDown: (event) => {
        const isCopy = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'c';
        // Only on the table's cells: a filter box keeps its own copy of the text in it.
        if (!isCopy || !(event.target instanceof Element) || !event.target.closest('.ag-cell, .ag-row')) return;
        event.preventDefault();
        copy(false);
      },
      onContextMenu: (event) => {
        const point = cellUnder(event.target);
        if (!point) return;
        event.preventDefault();
        // A right-click outside the shaded cells copies the cell clicked, as a spreadsheet does.
        if (!isCovered(point)) select({ anchor: point, focus: point });
        setMenuAt({ x: event.clientX, y: event.clientY });
      },
    },
    menu: menuAt ? <GridCopyMenu at={menuAt} onCopy={copy} onClose={() => setMenuAt(null)} /> : null,
  };
}
