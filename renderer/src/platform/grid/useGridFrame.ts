import { useMemo, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColDef, Column, ColumnState, GridApi, GridReadyEvent } from 'ag-grid-community';
import type { AgGridReactProps } from 'ag-grid-react';
import { gridLocaleText } from './localeText';
import { registerGridModules } from './modules';
import { useGridCopy, type GridCopy } from './useGridCopy';
import { cspNonce, gridTheme } from './theme';
import { columnFitter, gridScrollbarWidth } from './fitColumns';

// The grid's code arrives with the first table screen (a separate chunk), and registers its modules then.
registerGridModules();

const DEFAULT_COLUMN: ColDef = { sortable: true, resizable: true, filter: true, suppressHeaderMenuButton: true };

export interface GridFrameOptions<T> {
  columns: ColDef<T>[];
  rowId(row: T): string;
  /** The saved column layout to restore once the grid is ready. */
  savedColumns: ColumnState[] | null;
  onColumnsChanged(state: ColumnState[]): void;
  onReady(api: GridApi<T>): void;
  onSelect(row: T | null): void;
  onOpen(row: T): void;
  defaultColumn?: ColDef;
  /** What an empty table says (how to fill it), instead of the grid's plain "no rows". */
  emptyText?: string;
  /**
   * Several rows at once for a bulk action: a tick column, Ctrl/Shift+click. `onSelect` then
   * gets a row only while exactly one is selected, so one-row actions never act on a crowd.
   */
  onSelectMany?(rows: T[]): void;
  /**
   * A grid of many columns (the plan's SPKs: 17): squeezed to the screen every column would be
   * cut to a few letters, so its columns keep their widths, the grid scrolls sideways and its
   * first column (and the tick column) stays pinned at the left to name the row.
   */
  scrollsSideways?: boolean;
}

/** The first column pinned at the left, where a grid scrolls sideways. */
function pinFirst<T>(columns: ColDef<T>[]): ColDef<T>[] {
  return columns.map((column, index) => (index === 0 ? { ...column, pinned: 'left' as const } : column));
}

/**
 * What every table of the app shares, whatever feeds its rows: our theme and language, the CSP
 * nonce, the saved layout, single-row selection, double-click or Enter to open, cells to copy.
 */
export function useGridFrame<T>(options: GridFrameOptions<T>): { key: string; props: AgGridReactProps<T>; copy: GridCopy<T>; frameRef: RefObject<HTMLDivElement | null> } {
  const { t, i18n } = useTranslation();
  const { emptyText } = options;
  const localeText = useMemo(() => ({ ...gridLocaleText(t), ...(emptyText ? { noRowsToShow: emptyText } : {}) }), [t, emptyText]);
  const isRestoring = useRef(false);
  const { savedColumns, onColumnsChanged, onReady } = options;
  const copy = useGridCopy<T>(options.columns);
  // The grid's element, to see whether its columns overflow it.
  const frameRef = useRef<HTMLDivElement | null>(null);
  const fitter = useMemo(() => columnFitter<T>(() => frameRef.current), []);
  // Kept between renders: new column objects would make the grid lay its columns out again.
  const columnDefs = useMemo(() => (options.scrollsSideways ? pinFirst(copy.columnDefs) : copy.columnDefs), [options.scrollsSideways, copy.columnDefs]);

  // The widths the user chose (or the saved layout holds), by column: a width the grid squeezed to
  // fit a small screen is never saved, so a resize at 1366 keeps the other widths of the wide screen.
  const chosenWidths = useRef(new Map<string, number>());

  function ready(event: GridReadyEvent<T>) {
    copy.setApi(event.api);
    chosenWidths.current = new Map((savedColumns ?? []).flatMap((state) => (typeof state.width === 'number' ? [[state.colId, state.width] as const] : [])));
    if (savedColumns) {
      isRestoring.current = true;
      event.api.applyColumnState({ state: savedColumns, applyOrder: true });
      isRestoring.current = false;
    }
    onReady(event.api);
  }

  function columnsChanged(api: GridApi<T>, resized: Column[] = []) {
    if (isRestoring.current) return;
    for (const column of resized) chosenWidths.current.set(column.getColId(), column.getActualWidth());
    onColumnsChanged(api.getColumnState().map((state) => ({ ...state, width: chosenWidths.current.get(state.colId) })));
  }

  return {
    copy,
    frameRef,
    // A new language rebuilds the grid with its words.
    key: i18n.language,
    props: {
      theme: gridTheme,
      styleNonce: cspNonce(),
      scrollbarWidth: gridScrollbarWidth(),
      localeText,
      columnDefs,
      defaultColDef: options.defaultColumn ?? DEFAULT_COLUMN,
      getRowId: (params) => options.rowId(params.data),
      // The infinite row model (it brings its own default column) cannot tick rows it has not loaded: no header tick there.
      rowSelection: options.onSelectMany
        ? { mode: 'multiRow', checkboxes: true, headerCheckbox: options.defaultColumn === undefined, selectAll: 'filtered', enableClickSelection: true }
        : { mode: 'singleRow', checkboxes: false, enableClickSelection: true },
      animateRows: false,
      // The browser's own tooltip: a header's full name on hover, without ag-grid's tooltip module.
      enableBrowserTooltips: true,
      suppressDragLeaveHidesColumns: true,
      onGridReady: ready,
      onSelectionChanged: (event) => {
        const rows = event.api.getSelectedRows();
        if (!options.onSelectMany) return options.onSelect(rows[0] ?? null);
        options.onSelect(rows.length === 1 ? rows[0] : null);
        options.onSelectMany(rows);
      },
      onRowDoubleClicked: (event) => {
        if (event.data) options.onOpen(event.data);
      },
      onCellKeyDown: (event) => {
        if (event.event instanceof KeyboardEvent && event.event.key === 'Enter' && event.data) options.onOpen(event.data);
      },
      onCellFocused: copy.onCellFocused,
      // No column hides past the right edge or under the scrollbar: fit once the first rows are
      // drawn and when the width really changes, not on every redraw (a first click raced with it).
      onFirstDataRendered: (event) => options.scrollsSideways || fitter.firstDataRendered(event.api),
      onGridSizeChanged: (event) => options.scrollsSideways || fitter.sizeChanged(event.api),
      // Its few columns all drawn, also those scrolled out of sight (rows stay virtual): cheap, and the
      // browser's own search and a screen reader find every cell of a row.
      ...(options.scrollsSideways ? { selectionColumnDef: { pinned: 'left' as const }, suppressColumnVirtualisation: true } : {}),
      // Moves and sorts the user made are saved; restoring the saved layout moves and sorts too (a
      // frame later), and must not write back the widths a small window squeezed.
      onColumnMoved: (event) => event.finished && event.source.startsWith('ui') && columnsChanged(event.api),
      onColumnResized: (event) => event.finished && event.source === 'uiColumnResized' && columnsChanged(event.api, event.columns ?? []),
      onColumnVisible: (event) => {
        columnsChanged(event.api);
        if (event.visible && !options.scrollsSideways) fitter.columnShown(event.api);
      },
      onSortChanged: (event) => event.source.startsWith('ui') && columnsChanged(event.api),
    },
  };
}
