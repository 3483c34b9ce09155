import { z } from 'zod';
import { idField, isoDateField, optionalText } from '../domain/fields';
import { ORDER_STATUSES } from '../domain/orders';
import { SHIPMENT_STATUSES } from '../domain/shipments';
import { PURCHASE_STATUSES } from './production';

/** At most this many rows in one bulk action: a year of a large centre's SPKs. */
export const BULK_MAX = 10_000;

const bulkIds = z
  .array(idField)
  .min(1, { error: 'invalid.noLines' })
  .max(BULK_MAX, { error: 'guard.tooManyItems' })
  // The same row picked twice is acted on once.
  .transform((ids) => [...new Set(ids)]);

/** What a new record of each kind is numbered: `SO-2026-00042`, `PO-2026-0007`, `EXP-2026-0015`, `SPK-2026-00123`. */
export const NUMBERED_KINDS = ['order', 'purchase', 'shipment', 'spk'] as const;
export type NumberedKind = (typeof NUMBERED_KINDS)[number];

/** A row the bulk action did: its id and the number people know it by. */
export interface BulkDone {
  id: number;
  no: string;
}

/** A row the bulk action left as it was, and why, in the words the single action uses. */
export interface BulkRefusal {
  id: number;
  /** The row's number, or the id as text when no such row exists. */
  no: string;
  reason: string;
}

/** One summary of a bulk action: what was done, what was refused and why (per row). */
export interface BulkResult {
  done: BulkDone[];
  refused: BulkRefusal[];
}

/**
 * Bulk actions: many selected rows at once, each checked by the same rules as the single action.
 * Rows are done one by one inside one transaction; a refused row is rolled back to its own
 * savepoint, so it leaves nothing behind and the rows done are committed together.
 */
export const bulkInputs = {
  /** Issues (numbers and prices) the selected planned SPKs; the issued ones of the selection print. */
  'spk:issueMany': z.object({ ids: bulkIds }),
  'orders:setStatusMany': z.object({ ids: bulkIds, status: z.enum(ORDER_STATUSES, { error: 'invalid.orderStatus' }), reason: optionalText(400) }),
  'purchases:setStatusMany': z.object({ ids: bulkIds, status: z.enum(PURCHASE_STATUSES) }),
  'shipments:setStatusMany': z.object({ ids: bulkIds, status: z.enum(SHIPMENT_STATUSES, { error: 'invalid.shipmentStatus' }) }),
  /** The next free number of a kind in the year of `on` (default today), as a new record would get it. */
  'numbers:next': z.object({ kind: z.enum(NUMBERED_KINDS), on: isoDateField.optional() }),
};

export interface BulkOutputs {
  'spk:issueMany': BulkResult;
  'orders:setStatusMany': BulkResult;
  'purchases:setStatusMany': BulkResult;
  'shipments:setStatusMany': BulkResult;
  'numbers:next': { no: string };
}
