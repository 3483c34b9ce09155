import { useEffect, useRef } from 'react';

/** Loads again whenever `version` changes after the first render (the first load is the caller's own). */
export function useReloadOn(version: string, reload: () => Promise<void>): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    void reload();
  }, [version, reload]);
}
