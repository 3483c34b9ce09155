import { useCallback, useEffect, useRef, useState } from 'react';
import type { ColumnState } from 'ag-grid-community';
import { call } from '../api/client';

function isColumnStateList(value: unknown): value is ColumnState[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null && 'colId' in item);
}

export interface SavedColumns {
  /** Undefined while the preference is being read; null when nothing was saved yet. */
  state: ColumnState[] | null | undefined;
  save(state: ColumnState[]): void;
}

/**
 * Column order, widths, hidden columns and sort of one grid, kept as a preference
 * (`grid.members`) so the table looks the same at the next start.
 */
export function useColumnState(prefKey: string): SavedColumns {
  const [state, setState] = useState<ColumnState[] | null | undefined>(undefined);
  const latest = useRef<ColumnState[] | null>(null);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    let isCurrent = true;
    call('prefs:get', { key: prefKey })
      .then(({ value }) => {
        if (isCurrent) setState(isColumnStateList(value) ? value : null);
      })
      .catch(() => {
        if (isCurrent) setState(null);
      });
    return () => {
      isCurrent = false;
    };
  }, [prefKey]);

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    const value = latest.current;
    if (!value) return;
    setState(value);
    void call('prefs:set', { key: prefKey, value: JSON.parse(JSON.stringify(value)) });
  }, [prefKey]);

  const save = useCallback(
    (next: ColumnState[]) => {
      latest.current = next;
      window.clearTimeout(timer.current);
      // Dragging a column edge fires many events; write once the hand stops.
      timer.current = window.setTimeout(flush, 400);
    },
    [flush],
  );

  // Leaving the screen right after a change still keeps it.
  useEffect(
    () => () => {
      if (timer.current !== undefined) flush();
    },
    [flush],
  );
  return { state, save };
}
