import type { IDatasource } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useGridFrame, type GridFrameOptions } from './useGridFrame';

interface InfiniteGridProps<T> extends GridFrameOptions<T> {
  /** Pages of rows from the backend; a new datasource (other filters) starts again from the top. */
  datasource: IDatasource;
  testId: string;
}

// Sorting happens in SQL: only the columns the page call can sort by are sortable; no grid filters.
const SERVER_COLUMN = { sortable: false, resizable: true, filter: false, suppressHeaderMenuButton: true };

/**
 * A table over more rows than a browser should hold (a million order lines): ag-grid's infinite
 * row model asks for blocks of 100 rows as the user scrolls and keeps a few dozen in memory.
 */
export function InfiniteGrid<T>(props: InfiniteGridProps<T>) {
  const frame = useGridFrame<T>({ ...props, defaultColumn: SERVER_COLUMN });
  return (
    <div className="grid-frame" ref={frame.frameRef} data-testid={props.testId} {...frame.copy.frameProps}>
      <AgGridReact<T>
        key={frame.key}
        {...frame.props}
        rowModelType="infinite"
        datasource={props.datasource}
        cacheBlockSize={100}
        maxBlocksInCache={40}
        infiniteInitialRowCount={1}
        maxConcurrentDatasourceRequests={2}
        blockLoadDebounceMillis={80}
      />
      {frame.copy.menu}
    </div>
  );
}
