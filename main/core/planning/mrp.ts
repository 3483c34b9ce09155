import { grossRequirement, roundQty, wholePurchaseUnits } from '../../../shared/units';
import type { PurchaseSuggestion, SupplierPool } from '../../../shared/api/planning';
import { addDays, dayNumber, isoDay } from './calendar';
import type { BomItem, MaterialInfo, OpenPurchase } from './types';

/** Work that needs its materials at the start of its first week (the kit goes out with the SPK). */
export interface Requirement {
  productId: number;
  qty: number;
  start: string;
}

export interface MaterialPlan {
  purchases: PurchaseSuggestion[];
  suppliers: SupplierPool[];
  /** Per material: on hand + open purchases − safety stock − everything planned (may be negative). */
  uncommitted: Map<number, number>;
}

/** Whole purchase units of at least the minimum order covering a shortfall, in the material's own unit. */
function orderQty(material: MaterialInfo, shortfall: number): { qty: number; purchaseQty: number } {
  const wanted = Math.max(shortfall, material.minOrderQty);
  const purchaseQty = wholePurchaseUnits(wanted, material.purchaseFactor);
  return { qty: roundQty(purchaseQty * material.purchaseFactor), purchaseQty };
}

/**
 * Time-phased netting per material over all orders together: the stock on hand (less safety
 * stock) and purchases already on the way serve the earliest needs first and are used up, so the
 * same stock is never counted for two orders; a purchase due after a need is counted for it (to be
 * hurried) rather than bought again. Each shortfall becomes a purchase suggestion, due
 * by the day it is needed, to be ordered its lead time earlier; rounding surplus carries forward.
 */
export function planMaterials(
  today: string,
  requirements: Requirement[],
  bom: Map<number, BomItem[]>,
  materials: MaterialInfo[],
  openPurchases: OpenPurchase[],
): MaterialPlan {
  const todayDay = dayNumber(today);
  const needs = new Map<number, Map<number, number>>();
  for (const req of requirements) {
    const day = Math.max(todayDay, dayNumber(req.start));
    for (const item of bom.get(req.productId) ?? []) {
      const byDay = needs.get(item.materialId) ?? new Map<number, number>();
      byDay.set(day, (byDay.get(day) ?? 0) + grossRequirement(req.qty, item.qtyPerUnit, item.wastePct));
      needs.set(item.materialId, byDay);
    }
  }
  const receipts = new Map<number, { day: number; qty: number }[]>();
  for (const p of openPurchases) {
    const list = receipts.get(p.materialId) ?? [];
    list.push({ day: Math.max(todayDay, dayNumber(p.expectedOn)), qty: p.qty });
    receipts.set(p.materialId, list);
  }
  const purchases: PurchaseSuggestion[] = [];
  const uncommitted = new Map<number, number>();
  for (const material of materials) {
    const byDay = needs.get(material.id) ?? new Map<number, number>();
    const incoming = (receipts.get(material.id) ?? []).sort((a, b) => a.day - b.day);
    const totalNeed = [...byDay.values()].reduce((a, b) => a + b, 0);
    const totalIncoming = incoming.reduce((sum, r) => sum + r.qty, 0);
    uncommitted.set(material.id, material.onHand + totalIncoming - material.safetyStock - totalNeed);
    let balance = material.onHand - material.safetyStock;
    let next = 0;
    for (const day of [...byDay.keys()].sort((a, b) => a - b)) {
      while (next < incoming.length && incoming[next].day <= day) balance += incoming[next++].qty;
      balance -= byDay.get(day) ?? 0;
      // A purchase already on order that arrives after the need is hurried, not bought twice:
      // ordering again would leave the cooperative with both lots.
      while (balance < -1e-9 && next < incoming.length) balance += incoming[next++].qty;
      if (balance >= -1e-9) continue;
      const { qty, purchaseQty } = orderQty(material, -balance);
      balance += qty;
      const orderBy = day - material.leadTimeDays;
      purchases.push({
        materialCode: material.code,
        qty,
        uom: material.uom,
        purchaseQty,
        purchaseUom: material.purchaseUom ?? material.uom,
        needBy: isoDay(day),
        orderBy: isoDay(orderBy),
        late: orderBy < todayDay,
        supplierName: material.supplierName,
        cost: Math.round(qty * material.unitCost),
      });
    }
  }
  purchases.sort((a, b) => (a.orderBy < b.orderBy ? -1 : a.orderBy > b.orderBy ? 1 : a.materialCode.localeCompare(b.materialCode)));
  return { purchases, suppliers: poolBySupplier(purchases), uncommitted };
}

/** One purchase order's worth per supplier, the most urgent first. */
export function poolBySupplier(purchases: PurchaseSuggestion[]): SupplierPool[] {
  const pools = new Map<string, SupplierPool>();
  for (const p of purchases) {
    const key = p.supplierName ?? '';
    const pool = pools.get(key) ?? { supplierName: p.supplierName, orderBy: p.orderBy, lines: 0, lateLines: 0, cost: 0 };
    pool.orderBy = p.orderBy < pool.orderBy ? p.orderBy : pool.orderBy;
    pool.lines += 1;
    pool.lateLines += p.late ? 1 : 0;
    pool.cost += p.cost;
    pools.set(key, pool);
  }
  return [...pools.values()].sort((a, b) => (a.orderBy < b.orderBy ? -1 : a.orderBy > b.orderBy ? 1 : 0));
}

/**
 * The day materials for `qty` of a product can be in hand: today if uncommitted stock covers
 * them, else after the longest lead time of those short. Takes what it uses out of `uncommitted`
 * (the caller passes its own copy), so two lines of one order do not count the same stock.
 */
export function materialsReady(today: string, productId: number, qty: number, bom: Map<number, BomItem[]>, materials: Map<number, MaterialInfo>, uncommitted: Map<number, number>): string {
  let wait = 0;
  for (const item of bom.get(productId) ?? []) {
    const need = grossRequirement(qty, item.qtyPerUnit, item.wastePct);
    const left = uncommitted.get(item.materialId) ?? 0;
    uncommitted.set(item.materialId, left - need);
    if (left < need) wait = Math.max(wait, materials.get(item.materialId)?.leadTimeDays ?? 0);
  }
  return addDays(today, wait);
}
