import type { GridApi } from 'ag-grid-community';
import { navigate } from '../common/hashRoute';

export type PrintList = 'members' | 'units';

export interface PrintSelection {
  /** Row ids in the order the table showed them. */
  ids: number[];
  /** True when a filter or search left out rows: the page says so. */
  isFiltered: boolean;
}

function storageKey(list: PrintList): string {
  return `sentra.print.${list}`;
}

/** Prints what the table shows: its rows after search and filters, in its sort order. */
export function openPrintView<T extends { id: number }>(list: PrintList, api: GridApi<T> | null): void {
  if (api) {
    const ids: number[] = [];
    api.forEachNodeAfterFilterAndSort((node) => {
      if (node.data) ids.push(node.data.id);
    });
    let total = 0;
    api.forEachNode(() => total++);
    const selection: PrintSelection = { ids, isFiltered: ids.length < total };
    sessionStorage.setItem(storageKey(list), JSON.stringify(selection));
  } else {
    sessionStorage.removeItem(storageKey(list));
  }
  navigate({ page: 'print', list });
}

function isSelection(value: unknown): value is PrintSelection {
  return (
    typeof value === 'object' && value !== null && 'ids' in value && Array.isArray(value.ids) &&
    value.ids.every((id) => typeof id === 'number') && 'isFiltered' in value && typeof value.isFiltered === 'boolean'
  );
}

export function printSelection(list: PrintList): PrintSelection | null {
  const text = sessionStorage.getItem(storageKey(list));
  if (!text) return null;
  const value: unknown = JSON.parse(text);
  return isSelection(value) ? value : null;
}

/** Rows in the table's order when the table handed one over, else all rows as given. */
export function orderForPrint<T extends { id: number }>(rows: T[], selection: PrintSelection | null): T[] {
  if (!selection) return rows;
  const byId = new Map(rows.map((row) => [row.id, row]));
  return selection.ids.flatMap((id) => byId.get(id) ?? []);
}
