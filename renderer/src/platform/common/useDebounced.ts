import { useEffect, useState } from 'react';

/** A value that follows another once typing pauses: one query per word, not one per key. */
export function useDebounced<V>(value: V, delayMs: number): V {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
