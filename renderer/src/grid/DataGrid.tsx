import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColDef, ColumnState, GridApi, GridReadyEvent } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { gridLocaleText } from './localeText';
import { registerGridModules } from './modules';
import { cspNonce, gridTheme } from './theme';

interface DataGridProps<T> {
  rows: T[] | null;
  columns: ColDef<T>[];
  rowId(row: T): string;
  quickFilter: string;
  /** A filter chosen outside the grid (the toolbar's status choice); null for none. */
  rowFilter: ((row: T) => boolean) | null;
  /** The saved column layout to restore once the grid is ready. */
  savedColumns: ColumnState[] | null;
  onColumnsChanged(state: ColumnState[]): void;
  onReady(api: GridApi<T>): void;
  onSelect(row: T | null): void;
  onOpen(row: T): void;
  onDisplayedCount(count: number): void;
  testId: string;
}

// The grid's code arrives with the first table screen (a separate chunk), and registers its modules then.
registerGridModules();

const DEFAULT_COLUMN: ColDef = { sortable: true, resizable: true, filter: true, suppressHeaderMenuButton: true };

/**
 * The registry's tables: ag-grid Community with the client-side row model (thousands of rows
 * are fine), our theme and language, the CSP nonce, single-row selection, double-click or Enter
 * to open.
 */
export function DataGrid<T>(props: DataGridProps<T>) {
  const { t, i18n } = useTranslation();
  const { onColumnsChanged, savedColumns, onReady } = props;
  const localeText = useMemo(() => gridLocaleText(t), [t]);
  const isRestoring = useRef(false);
  const [api, setApi] = useState<GridApi<T> | null>(null);
  const rowFilter = useRef(props.rowFilter);
  rowFilter.current = props.rowFilter;
  useEffect(() => api?.onFilterChanged(), [api, props.rowFilter]);

  function ready(event: GridReadyEvent<T>) {
    if (savedColumns) {
      isRestoring.current = true;
      event.api.applyColumnState({ state: savedColumns, applyOrder: true });
      isRestoring.current = false;
    }
    setApi(event.api);
    onReady(event.api);
  }

  function columnsChanged(api: GridApi<T>) {
    if (!isRestoring.current) onColumnsChanged(api.getColumnState());
  }

  return (
    <div className="grid-frame" data-testid={props.testId}>
      <AgGridReact<T>
        key={i18n.language}
        theme={gridTheme}
        styleNonce={cspNonce()}
        localeText={localeText}
        rowData={props.rows}
        loading={props.rows === null}
        columnDefs={props.columns}
        defaultColDef={DEFAULT_COLUMN}
        getRowId={(params) => props.rowId(params.data)}
        quickFilterText={props.quickFilter}
        isExternalFilterPresent={() => rowFilter.current !== null}
        doesExternalFilterPass={(node) => (node.data && rowFilter.current ? rowFilter.current(node.data) : true)}
        rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
        animateRows={false}
        suppressDragLeaveHidesColumns
        onGridReady={ready}
        onSelectionChanged={(event) => props.onSelect(event.api.getSelectedRows()[0] ?? null)}
        onRowDoubleClicked={(event) => {
          if (event.data) props.onOpen(event.data);
        }}
        onCellKeyDown={(event) => {
          if (event.event instanceof KeyboardEvent && event.event.key === 'Enter' && event.data) props.onOpen(event.data);
        }}
        onModelUpdated={(event) => props.onDisplayedCount(event.api.getDisplayedRowCount())}
        onColumnMoved={(event) => event.finished && columnsChanged(event.api)}
        onColumnResized={(event) => event.finished && event.source === 'uiColumnResized' && columnsChanged(event.api)}
        onColumnVisible={(event) => columnsChanged(event.api)}
        onSortChanged={(event) => columnsChanged(event.api)}
      />
    </div>
  );
}
