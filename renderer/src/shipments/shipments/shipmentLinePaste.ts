import type { TFunction } from 'i18next';
import type { OpenOrderLine } from '../../../../shared/api/shipments';
import { foldKey } from '../../../../shared/normalize';
import type { PasteColumn, PastePlan } from '../../platform/common/linePaste';
import { lineKey, type LineDraft, type LineDrafts } from './shipmentFormModel';

/** A pasted row of a shipping list: which order line (when the block names it), how many, how many cartons. */
export interface ShipmentPasteRow {
  orderNo: string;
  sku: string;
  qty: string;
  cartons: string;
}

/** The shipment's line table as a pasted block fills it: named lines by order and SKU, else row by row. */
export function shipmentPasteColumns(t: TFunction): PasteColumn<ShipmentPasteRow>[] {
  return [
    { field: 'orderNo', headers: ['no pesanan', 'no. pesanan', 'pesanan', 'order no', 'order', 'po', t('shipments.lines.orderNo')] },
    { field: 'sku', headers: ['sku', 'kode produk', 'kode', 'produk', 'product', 'artikel', 'item', t('shipments.lines.sku')] },
    { field: 'qty', headers: ['kirim', 'jumlah kirim', 'jumlah', 'qty', 'kuantitas', 'quantity', 'pcs', t('shipments.lines.qty')] },
    { field: 'cartons', headers: ['karton', 'carton', 'ctn', 'koli', t('shipments.lines.cartons')] },
  ];
}

export interface ShipmentPasteResult {
  drafts: LineDrafts;
  /** The table rows (0-based) the block filled. */
  filled: number[];
  /** Rows of the block that are no open line here, as `SKU (order)` or their row number in the block. */
  unmatched: string[];
}

/**
 * Where each pasted row goes: to the open line of its SKU (and order, when given) when the block
 * names them, otherwise to the table's rows from the one pasted into.
 */
export function placeShipmentRows(plan: PastePlan<ShipmentPasteRow>, open: readonly OpenOrderLine[], drafts: LineDrafts, firstLine: number): ShipmentPasteResult {
  const next: LineDrafts = { ...drafts };
  const filled: number[] = [];
  const unmatched: string[] = [];
  plan.rows.forEach((row, offset) => {
    const sku = foldKey(row.sku ?? '');
    const orderNo = foldKey(row.orderNo ?? '');
    const index = sku
      ? open.findIndex((line) => foldKey(line.sku) === sku && (!orderNo || foldKey(line.orderNo) === orderNo))
      : firstLine + offset < open.length ? firstLine + offset : -1;
    if (index < 0) {
      unmatched.push(row.sku ? `${row.sku}${row.orderNo ? ` (${row.orderNo})` : ''}` : String(offset + 1));
      return;
    }
    const key = lineKey(open[index]);
    const current: LineDraft = next[key] ?? { qty: '', cartons: '' };
    next[key] = { qty: row.qty ?? current.qty, cartons: row.cartons ?? current.cartons };
    filled.push(index);
  });
  return { drafts: next, filled, unmatched };
}
