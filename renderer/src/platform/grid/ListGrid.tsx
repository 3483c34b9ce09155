import type { ColDef, RowClassRules } from 'ag-grid-community';
import { DataGrid } from './DataGrid';
import { useColumnState } from './useColumnState';

interface ListGridProps<T> {
  /** The preference its column layout is kept under (`grid.stockBalances`). */
  prefKey: string;
  testId: string;
  rows: T[] | null;
  columns: ColDef<T>[];
  rowId(row: T): string;
  quickFilter?: string;
  rowClassRules?: RowClassRules<T>;
  onDisplayedCount?(count: number): void;
  /** Where a read-only view still offers actions on a row (a calendar period to change). */
  onSelect?(row: T | null): void;
  onOpen?(row: T): void;
  emptyText?: string;
}

function ignore(): void {}

/** A table to read, not to edit (balances on a date, what workshops hold): the same grid, layout kept. */
export function ListGrid<T>({ prefKey, testId, rows, columns, rowId, quickFilter = '', rowClassRules, onDisplayedCount = ignore, onSelect = ignore, onOpen = ignore, emptyText }: ListGridProps<T>) {
  const saved = useColumnState(prefKey);
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
      savedColumns={saved.state}
      onColumnsChanged={saved.save}
      onReady={ignore}
      onSelect={onSelect}
      onOpen={onOpen}
      emptyText={emptyText}
      onDisplayedCount={onDisplayedCount}
    />
  );
}
