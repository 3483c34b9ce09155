import { useEffect, useRef, useState } from 'react';
import type { GridApi, RowClassRules } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { selectRow } from './selectRow';
import { useGridFrame, type GridFrameOptions } from './useGridFrame';

interface DataGridProps<T> extends GridFrameOptions<T> {
  rows: T[] | null;
  quickFilter: string;
  /** A filter chosen outside the grid (the toolbar's status choice); null for none. */
  rowFilter: ((row: T) => boolean) | null;
  /** Rows to mark (below the reorder point). */
  rowClassRules?: RowClassRules<T>;
  onDisplayedCount(count: number): void;
  /** A row to select and scroll to as soon as the table holds it (the record just saved). */
  selectRowId?: string | null;
  testId: string;
}

/**
 * The registry's tables: ag-grid Community with the client-side row model (thousands of rows
 * are fine), searched and filtered in the browser.
 */
export function DataGrid<T>(props: DataGridProps<T>) {
  const [api, setApi] = useState<GridApi<T> | null>(null);
  const frame = useGridFrame<T>({
    ...props,
    onReady: (ready) => {
      setApi(ready);
      props.onReady(ready);
    },
  });
  const rowFilter = useRef(props.rowFilter);
  rowFilter.current = props.rowFilter;
  useEffect(() => api?.onFilterChanged(), [api, props.rowFilter]);
  // A new record reaches the table a moment after the reload that brings it: select it when it arrives.
  const pending = useRef<string | null>(null);
  useEffect(() => {
    pending.current = props.selectRowId ?? null;
    if (pending.current && selectRow(api, pending.current)) pending.current = null;
  }, [api, props.selectRowId]);

  return (
    <div className="grid-frame" ref={frame.frameRef} data-testid={props.testId} {...frame.copy.frameProps}>
      <AgGridReact<T>
        key={frame.key}
        {...frame.props}
        rowData={props.rows}
        loading={props.rows === null}
        rowClassRules={props.rowClassRules}
        quickFilterText={props.quickFilter}
        isExternalFilterPresent={() => rowFilter.current !== null}
        doesExternalFilterPass={(node) => (node.data && rowFilter.current ? rowFilter.current(node.data) : true)}
        onModelUpdated={(event) => props.onDisplayedCount(event.api.getDisplayedRowCount())}
        onRowDataUpdated={(event) => {
          if (pending.current && selectRow(event.api, pending.current)) pending.current = null;
        }}
      />
      {frame.copy.menu}
    </div>
  );
}
