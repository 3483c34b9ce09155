import { useEffect, useState } from 'react';
import type { BomLine } from '../../../../shared/domain/catalogue';
import { call } from '../../platform/api/client';
import { errorMessage } from '../../platform/common/format';

/** The bills of materials of a few products at once (the SKUs on one work order). */
export function useBoms(skus: readonly string[] | null): { boms: Map<string, BomLine[]> | null; error: string | null } {
  const [boms, setBoms] = useState<Map<string, BomLine[]> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = skus ? [...new Set(skus)].sort().join('\n') : null;
  useEffect(() => {
    if (key === null) return;
    let isCurrent = true;
    const wanted = key === '' ? [] : key.split('\n');
    Promise.all(wanted.map(async (sku): Promise<[string, BomLine[]]> => [sku, await call('bom:get', { sku })]))
      .then((entries) => isCurrent && setBoms(new Map(entries)))
      .catch((failure: unknown) => isCurrent && setError(errorMessage(failure)));
    return () => {
      isCurrent = false;
    };
  }, [key]);
  return { boms, error };
}
