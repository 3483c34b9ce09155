import type { GridApi } from 'ag-grid-community';

/** After a save or an undo: the row the user just worked on is selected and in view. */
export function selectRow<T>(api: GridApi<T> | null, rowId: string): boolean {
  const node = api?.getRowNode(rowId);
  if (!api || !node) return false;
  node.setSelected(true, true);
  api.ensureNodeVisible(node, 'middle');
  return true;
}
