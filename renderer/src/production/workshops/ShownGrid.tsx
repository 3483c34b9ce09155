import { useCallback, useRef } from 'react';
import type { ColDef, GridApi, RowClassRules } from 'ag-grid-community';
import { DataGrid } from '../../platform/grid/DataGrid';
import { useColumnState } from '../../platform/grid/useColumnState';

interface ShownGridProps<T> {
  /** The preference its column layout is kept under (`grid.deliveries`). */
  prefKey: string;
  testId: string;
  rows: T[] | null;
  columns: ColDef<T>[];
  rowId(row: T): string;
  quickFilter: string;
  /** The rows left after search and column filters, for the status bar's totals. */
  onShown(rows: T[]): void;
  onSelect?(row: T | null): void;
  rowClassRules?: RowClassRules<T>;
  /** A row to select once the table holds it (the workshop an advance was just recorded for). */
  selectRowId?: string | null;
  emptyText: string;
}

function ignore(): void {}

/** A read-only table whose status bar adds up what it shows, not what it was given. */
export function ShownGrid<T>({ prefKey, testId, rows, columns, rowId, quickFilter, onShown, onSelect = ignore, rowClassRules, selectRowId, emptyText }: ShownGridProps<T>) {
  const saved = useColumnState(prefKey);
  const api = useRef<GridApi<T> | null>(null);
  const collect = useCallback(() => {
    const shown: T[] = [];
    api.current?.forEachNodeAfterFilterAndSort((node) => {
      if (node.data) shown.push(node.data);
    });
    onShown(shown);
  }, [onShown]);
  if (saved.state === undefined) return <div className="grid-frame" />;
  return (
    <DataGrid<T>
      testId={testId}
      rows={rows}
      columns={columns}
      rowId={rowId}
      quickFilter={quickFilter}
      rowFilter={null}
      rowClassRules={rowClassRules}
      selectRowId={selectRowId}
      savedColumns={saved.state}
      onColumnsChanged={saved.save}
      onReady={(ready) => {
        api.current = ready;
        collect();
      }}
      onSelect={onSelect}
      onOpen={(row) => onSelect(row)}
      onDisplayedCount={collect}
      emptyText={emptyText}
    />
  );
}
