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

/** A first column this much of the grid or wider gives way too (a width saved on a wide screen). */
const FIRST_COLUMN_SHARE = 0.4;

/**
 * When the columns are wider than the grid (a 1366 px screen, widths saved at 1920, a column
 * shown again), squeeze them to fit so that no column hides past the right edge; a grid that fits
 * is left as the user sized it. The squeeze is not saved: the wide screen keeps its widths.
 */
function fitIfClipped<T>(api: GridApi<T>, viewport: HTMLElement): void {
  if (viewport.scrollWidth - viewport.clientWidth <= 1) return;
  // The tick column stays as it is; the first column names the record (its number or code) and
  // keeps its width too, unless it alone takes much of the grid; the others give way.
  const columns = api.getAllDisplayedColumns();
  const ticks = columns.filter((column) => column.getColId() === SELECTION_COLUMN);
  const first = columns.find((column) => column.getColId() !== SELECTION_COLUMN);
  const keepsFirst = first !== undefined && first.getActualWidth() <= viewport.clientWidth * FIRST_COLUMN_SHARE;
  const keep = [
    ...ticks.map((column) => ({ key: column.getColId(), minWidth: column.getActualWidth(), maxWidth: column.getActualWidth() })),
    ...(first && keepsFirst ? [{ key: first.getColId(), minWidth: first.getActualWidth() }] : []),
  ];
  api.sizeColumnsToFit({ defaultMinWidth: MIN_FITTED_WIDTH, columnLimits: keep });
}

/** Whether a mouse button or a finger is down: the grid is not re-laid out under a click. */
let isPressing = false;
const afterPress = new Set<() => void>();
let isWatching = false;

function watchPresses(): void {
  if (isWatching) return;
  isWatching = true;
  document.addEventListener('pointerdown', () => (isPressing = true), true);
  const release = () => {
    isPressing = false;
    const waiting = [...afterPress];
    afterPress.clear();
    for (const run of waiting) run();
  };
  document.addEventListener('pointerup', release, true);
  document.addEventListener('pointercancel', release, true);
}

export interface ColumnFitter<T> {
  /** Once the first rows are drawn: the widths are measured against real content. */
  firstDataRendered(api: GridApi<T>): void;
  /** The grid's box changed: fit only when its width really did (not a scrollbar, not a redraw). */
  sizeChanged(api: GridApi<T>): void;
  /** The user showed a column again. */
  columnShown(api: GridApi<T>): void;
}

/**
 * When a grid squeezes its columns to fit: after its first rows are drawn, when its width
 * really changes, when a column is shown again; never while a click is being made in it (a
 * cell moved between the press and the release). Measured a frame after the browser lays out.
 */
export function columnFitter<T>(frame: () => HTMLElement | null): ColumnFitter<T> {
  let lastWidth: number | null = null;
  function fit(api: GridApi<T>): void {
    watchPresses();
    requestAnimationFrame(() => {
      if (api.isDestroyed()) return;
      if (isPressing) {
        afterPress.add(() => fit(api));
        return;
      }
      const viewport = frame()?.querySelector<HTMLElement>('.ag-grid-viewport');
      if (!viewport || viewport.clientWidth === 0) return;
      fitIfClipped(api, viewport);
    });
  }
  return {
    firstDataRendered: fit,
    columnShown: fit,
    sizeChanged(api) {
      const width = frame()?.clientWidth ?? 0;
      if (width === 0 || width === lastWidth) return;
      lastWidth = width;
      fit(api);
    },
  };
}
