import { useEffect, useState } from 'react';
import type { NumberedKind } from '../../../../shared/api/bulk';
import { call } from '../api/client';

/**
 * The number a new record would get next (`SO-2026-00042`), asked each time a new form opens so
 * it follows what was saved since. Null while asking; empty when it could not be had (the form
 * then opens blank, as before).
 */
export function useNextNumber(kind: NumberedKind, isOpening: boolean): string | null {
  const [number, setNumber] = useState<string | null>(null);
  useEffect(() => {
    if (!isOpening) {
      setNumber(null);
      return;
    }
    let isCurrent = true;
    call('numbers:next', { kind })
      .then((next) => isCurrent && setNumber(next.no))
      .catch(() => isCurrent && setNumber(''));
    return () => {
      isCurrent = false;
    };
  }, [kind, isOpening]);
  return number;
}
