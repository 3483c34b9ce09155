import type { GridApi } from 'ag-grid-community';

/** After a save or an undo: the row the user just worked on is selected and in view. */
export function selectRow<T>(api: GridApi<T> | null, rowId: number): void {
  const node = api?.getRowNode(String(rowId));
  if (!api || !node) return;
  node.setSelected(true, true);
  api.ensureNodeVisible(node, 'middle');
}
