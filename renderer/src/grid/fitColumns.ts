import type { GridApi } from 'ag-grid-community';

/** Narrowest a column is squeezed to so that the last one stays in view (a short number still reads). */
const MIN_FITTED_WIDTH = 64;
/** The width ag-grid gives its own scrollbar where the browser's scrollbars float over content (0 px wide). */
const FLOATING_SCROLLBAR_WIDTH = 16;

/** ag-grid's own column of row ticks (bulk actions). */
const SELECTION_COLUMN = 'ag-Grid-SelectionColumn';

let measured: number | null = null;

/**
 * The scrollbar width to tell the grid. Where scrollbars float (headless Chromium, overlay
 * scrollbars) the browser reports 0, ag-grid then sizes columns to the full width yet draws a
 * 16 px scrollbar over the last column. Telling it 16 makes it keep that strip free.
 */
export function gridScrollbarWidth(): number | undefined {
  if (measured === null) {
    const probe = document.createElement('div');
    probe.style.cssText = 'position:absolute;width:100px;height:100px;overflow:scroll;opacity:0';
    document.body.appendChild(probe);
    measured = probe.offsetWidth - probe.clientWidth;
    probe.remove();
  }
  return measured === 0 ? FLOATING_SCROLLBAR_WIDTH : undefined;
}

/**
 * When the columns are wider than the grid (a 1366 px screen, a column shown again), squeeze
 * them to fit so that no column hides past the right edge; a grid that fits is left as the user
 * sized it. Measured after the browser lays the grid out.
 */
export function fitColumnsIfClipped<T>(api: GridApi<T>, frame: HTMLElement | null): void {
  requestAnimationFrame(() => {
    if (api.isDestroyed()) return;
    const viewport = frame?.querySelector<HTMLElement>('.ag-grid-viewport');
    if (!viewport || viewport.clientWidth === 0) return;
    if (viewport.scrollWidth - viewport.clientWidth <= 1) return;
    // The tick column stays as it is; the first column names the record (its number or code) and
    // keeps its width too; the others give way.
    const columns = api.getAllDisplayedColumns();
    const ticks = columns.filter((column) => column.getColId() === SELECTION_COLUMN);
    const first = columns.find((column) => column.getColId() !== SELECTION_COLUMN);
    const keep = [...ticks.map((column) => ({ key: column.getColId(), minWidth: column.getActualWidth(), maxWidth: column.getActualWidth() })), ...(first ? [{ key: first.getColId(), minWidth: first.getActualWidth() }] : [])];
    api.sizeColumnsToFit({ defaultMinWidth: MIN_FITTED_WIDTH, columnLimits: keep });
  });
}
