import type { CallInput } from '../../../shared/api/contract';
import type { PurchaseOrder } from '../../../shared/api/production';
import { call, CallError } from '../api/client';

/**
 * purchases:save, with the backend's "line 2 is wrong" (`{ field: 'lines', line: 2 }`) put on
 * that line's material (`lines.1.materialCode`), where the form shows it.
 */
export async function savePurchaseOrder(input: CallInput<'purchases:save'>): Promise<PurchaseOrder> {
  try {
    return await call('purchases:save', input);
  } catch (error) {
    if (error instanceof CallError && typeof error.details === 'object' && error.details !== null && 'line' in error.details && typeof error.details.line === 'number') {
      throw new CallError({ code: error.code, message: error.message, details: { field: `lines.${error.details.line - 1}.materialCode` } });
    }
    throw error;
  }
}
