import type { CallInput } from '../../../shared/api/contract';
import type { PurchaseOrder } from '../../../shared/api/production';
import { call, CallError } from '../platform/api/client';

/**
 * purchases:save, with the backend's "line 2 is wrong" (`{ field: 'lines', line: 2 }`) put on
 * that line's material (`lines.1.materialCode`), where the form shows it.
 */
export async function savePurchaseOrder(input: CallInput<'purchases:save'>): Promise<PurchaseOrder> {
  try {
    return await call('purchases:save', input);
  } catch (error) {
    const line = error instanceof CallError ? error.place.line : null;
    if (error instanceof CallError && line !== null) throw new CallError(error.failure, { field: `lines.${line - 1}.materialCode`, line: null });
    throw error;
  }
}
