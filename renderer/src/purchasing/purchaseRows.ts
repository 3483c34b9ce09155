import type { PurchaseOrder } from '../../../shared/api/production';

/** A PO as the table shows it: the order with its line count and how much of it has come in. */
export type PurchaseRow = PurchaseOrder & { lineCount: number; receivedPct: number; materials: string };

/**
 * Received share by value (Σ received × cost ÷ Σ ordered × cost), so a hide of leather weighs
 * more than a box of labels; by quantity per line where nothing has a price.
 */
export function receivedPct(po: PurchaseOrder): number {
  const ordered = po.lines.reduce((sum, line) => sum + line.qty * line.unitCost, 0);
  const received = po.lines.reduce((sum, line) => sum + Math.min(line.receivedQty, line.qty) * line.unitCost, 0);
  if (ordered > 0) return Math.round((received / ordered) * 1000) / 10;
  const shares = po.lines.map((line) => (line.qty > 0 ? Math.min(line.receivedQty / line.qty, 1) : 0));
  return shares.length > 0 ? Math.round((shares.reduce((a, b) => a + b, 0) / shares.length) * 1000) / 10 : 0;
}

export function purchaseRows(orders: PurchaseOrder[]): PurchaseRow[] {
  return orders.map((po) => ({
    ...po,
    lineCount: po.lines.length,
    receivedPct: receivedPct(po),
    // Searchable: a PO is found by any of its materials' codes or names.
    materials: po.lines.map((line) => `${line.materialCode} ${line.materialName}`).join(' '),
  }));
}
