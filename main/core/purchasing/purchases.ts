import {
  PURCHASE_TRANSITIONS, type PurchaseOrder, type PurchaseStatus, type PurchaseValues,
} from '../../../shared/api/production';
import type { PurchaseSuggestion } from '../../../shared/api/planning';
import { formatDateId } from '../../../shared/dates';
import { AppError } from '../../../shared/result';
import { formatQuantity, roundQty } from '../../../shared/units';
import type { CallContext } from '../platform/app';
import { recordAudit } from '../platform/db/audit';
import {
  findPurchaseByNo, getPurchase, insertPurchase, lastPoSequence, listPurchases, materialForPurchase, replacePurchaseLines, setPurchaseStatus,
  setReceivedQty, updatePurchase,
} from './purchase-queries';
import { findSupplierByName, insertSupplier } from '../catalogue/supplier-queries';
import { addDays } from '../planning/calendar';
import { openSuggestions } from './open-suggestions';
import { recordMovement } from '../stock/stock';
import { writeTransaction } from '../platform/db/write';
import type { Currency } from '../../../shared/money';

/** Quantities in messages as the user types them: `12,5` in Indonesian. */

function statusWord(ctx: CallContext, status: PurchaseStatus): string {
  return ctx.t(`plan.workbook.purchaseStatus.${status}`);
}

export function purchaseDetail(ctx: CallContext, id: number): PurchaseOrder {
  const po = getPurchase(ctx.app.db, id);
  if (!po) throw new AppError('NOT_FOUND', ctx.t('errors.notFound'));
  return po;
}

export function purchaseList(ctx: CallContext, status: PurchaseStatus | null): PurchaseOrder[] {
  return listPurchases(ctx.app.db, status);
}

/** `PO-2026-0001`: the next number of the order date's year. */
function nextPoNo(ctx: CallContext, orderDate: string): string {
  const year = orderDate.slice(0, 4);
  return `PO-${year}-${String(lastPoSequence(ctx.app.db, year) + 1).padStart(4, '0')}`;
}

function supplierIdFor(ctx: CallContext, name: string, now: string): number {
  return findSupplierByName(ctx.app.db, name)?.id ?? insertSupplier(ctx.app.db, name, now);
}

interface CheckedLine {
  materialId: number;
  materialCode: string;
  qty: number;
  unitCost: number;
  currency: Currency;
  leadTimeDays: number;
}

/** Each material known and named once; one currency per order, the materials' own. */
function checkLines(ctx: CallContext, lines: { materialCode: string; qty: number; unitCost: number }[]): { lines: CheckedLine[]; currency: Currency } {
  const seen = new Set<number>();
  const checked = lines.map((line, index) => {
    const material = materialForPurchase(ctx.app.db, line.materialCode);
    if (!material) {
      throw new AppError('INVALID_INPUT', ctx.t('invalid.unknownMaterial', { value: line.materialCode }), { field: 'lines', line: index + 1 });
    }
    if (seen.has(material.id)) {
      throw new AppError('INVALID_INPUT', ctx.t('errors.purchaseDuplicateMaterial', { value: line.materialCode }), { field: 'lines', line: index + 1 });
    }
    seen.add(material.id);
    return { materialId: material.id, materialCode: line.materialCode, qty: roundQty(line.qty), unitCost: line.unitCost, currency: material.currency, leadTimeDays: material.leadTimeDays };
  });
  const currency = checked[0].currency;
  const other = checked.find((line) => line.currency !== currency);
  if (other) {
    throw new AppError('MIXED_CURRENCY', ctx.t('errors.purchaseMixedCurrency', { material: other.materialCode, currency: other.currency, other: currency }), {
      field: 'lines', line: checked.indexOf(other) + 1, currency, other: other.currency,
    });
  }
  return { lines: checked, currency };
}

/**
 * Saves a purchase order: a new one as a draft (numbered if no number is given), an existing one
 * (by id) only while it is still a draft. The supplier is named in free text and created on first use.
 */
export function savePurchase(ctx: CallContext, values: PurchaseValues): PurchaseOrder {
  const { db } = ctx.app;
  const before = values.id === undefined ? undefined : purchaseDetail(ctx, values.id);
  if (before && before.status !== 'draft') {
    throw new AppError('LOCKED_RECORD', ctx.t('errors.purchaseLocked', { value: before.poNo, status: statusWord(ctx, before.status) }), {
      field: 'status', entity: 'purchase', id: before.id, reason: 'status', status: before.status,
    });
  }
  if (values.expectedOn < values.orderDate) {
    throw new AppError('INVALID_INPUT', ctx.t('errors.purchaseExpectedBeforeOrder'), { field: 'expectedOn' });
  }
  const poNo = values.poNo ?? before?.poNo ?? nextPoNo(ctx, values.orderDate);
  const clash = findPurchaseByNo(db, poNo);
  if (clash && clash.id !== before?.id) throw new AppError('DUPLICATE', ctx.t('errors.duplicatePoNo', { value: poNo }), { field: 'poNo' });
  const { lines, currency } = checkLines(ctx, values.lines);
  const now = ctx.app.now();
  const id = writeTransaction(db, () => {
    const stored = { poNo, supplierId: supplierIdFor(ctx, values.supplier, now), orderDate: values.orderDate, expectedOn: values.expectedOn, currency, note: values.note };
    let poId: number;
    if (before) {
      poId = before.id;
      updatePurchase(db, poId, stored, now);
    } else {
      poId = insertPurchase(db, { ...stored, status: 'draft', planRunId: null }, now);
    }
    replacePurchaseLines(db, poId, lines);
    recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'purchase', entityId: poId, action: before ? 'update' : 'create', before, after: { ...values, poNo } });
    return poId;
  });
  return purchaseDetail(ctx, id);
}

/** Moves an order along PURCHASE_TRANSITIONS; the same status again changes nothing. */
export function setPurchaseOrderStatus(ctx: CallContext, id: number, status: PurchaseStatus): PurchaseOrder {
  const { db } = ctx.app;
  const po = purchaseDetail(ctx, id);
  if (po.status === status) return po;
  if (!PURCHASE_TRANSITIONS[po.status].includes(status)) {
    throw new AppError('BAD_TRANSITION', ctx.t('errors.purchaseTransition', { value: po.poNo, from: statusWord(ctx, po.status), to: statusWord(ctx, status) }), {
      field: 'status', entity: 'purchase', from: po.status, to: status, allowed: [...PURCHASE_TRANSITIONS[po.status]],
    });
  }
  const now = ctx.app.now();
  writeTransaction(db, () => {
    setPurchaseStatus(db, id, status, now);
    recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'purchase', entityId: id, action: 'status', before: { poNo: po.poNo, status: po.status }, after: { poNo: po.poNo, status } });
  });
  return purchaseDetail(ctx, id);
}

interface Pool {
  supplier: string;
  currency: Currency;
  lines: Map<number, CheckedLine>;
}

/** The suggestions of one supplier (and currency) summed per material. */
function poolSuggestions(ctx: CallContext, suggestions: PurchaseSuggestion[]): Pool[] {
  const pools = new Map<string, Pool>();
  for (const suggestion of suggestions) {
    if (suggestion.supplierName === null) continue;
    const material = materialForPurchase(ctx.app.db, suggestion.materialCode);
    if (!material) throw new AppError('INVALID_INPUT', ctx.t('invalid.unknownMaterial', { value: suggestion.materialCode }), { field: 'materialCode' });
    const key = `${suggestion.supplierName.toLowerCase()}|${material.currency}`;
    const pool = pools.get(key) ?? { supplier: suggestion.supplierName, currency: material.currency, lines: new Map<number, CheckedLine>() };
    pools.set(key, pool);
    const line = pool.lines.get(material.id);
    if (line) line.qty = roundQty(line.qty + suggestion.qty);
    else {
      pool.lines.set(material.id, {
        materialId: material.id, materialCode: suggestion.materialCode, qty: roundQty(suggestion.qty), unitCost: material.unitCost,
        currency: material.currency, leadTimeDays: material.leadTimeDays,
      });
    }
  }
  return [...pools.values()];
}

/**
 * One draft purchase order per supplier from the last plan's open suggestions (openSuggestions:
 * those not yet on a PO; their quantities are already whole purchase units and minimum orders).
 * Suggestions without a supplier stay on the list to buy. When every suggestion asked for is on
 * a PO already the call is refused, so pressing the button twice never orders twice.
 */
export function purchasesFromPlan(ctx: CallContext, orderDate: string, supplier: string | null): PurchaseOrder[] {
  const { db } = ctx.app;
  const now = ctx.app.now();
  return writeTransaction(db, () => {
    const view = openSuggestions(ctx);
    if (!view) throw new AppError('INVALID_INPUT', ctx.t('errors.noPlanRun'));
    const wanted = view.open.filter((s) => supplier === null || (s.supplierName ?? '').toLowerCase() === supplier.toLowerCase());
    const pools = poolSuggestions(ctx, wanted);
    if (pools.length === 0) {
      if (wanted.length === 0 && view.onPurchaseOrders > 0) {
        throw new AppError('DUPLICATE', ctx.t('errors.planAlreadyOrdered', { date: formatDateId(view.run.today), orders: view.purchaseOrders.join(', ') }));
      }
      throw new AppError('INVALID_INPUT', ctx.t('errors.noPlanSuggestions', { date: formatDateId(view.run.today) }));
    }
    const ids = pools.map((pool) => {
      const lines = [...pool.lines.values()];
      const lead = Math.max(...lines.map((line) => line.leadTimeDays));
      const poNo = nextPoNo(ctx, orderDate);
      const stored = {
        poNo, supplierId: supplierIdFor(ctx, pool.supplier, now), orderDate, expectedOn: addDays(orderDate, lead), status: 'draft' as const,
        currency: pool.currency, note: null, planRunId: view.run.id,
      };
      const id = insertPurchase(db, stored, now);
      replacePurchaseLines(db, id, lines);
      recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'purchase', entityId: id, action: 'fromPlan', after: { ...stored, supplier: pool.supplier, lines } });
      return id;
    });
    return ids.map((id) => purchaseDetail(ctx, id));
  });
}

/**
 * Receives goods against an ordered purchase order: each line a receipt in the stock ledger and
 * its received quantity, all in one transaction. When every line is in, the order is received.
 */
export function receivePurchase(ctx: CallContext, id: number, receivedOn: string, received: { materialCode: string; qty: number }[]): PurchaseOrder {
  const { db } = ctx.app;
  const po = purchaseDetail(ctx, id);
  if (po.status !== 'ordered') {
    throw new AppError('LOCKED_RECORD', ctx.t('errors.purchaseNotOrdered', { value: po.poNo, status: statusWord(ctx, po.status) }), {
      field: 'status', entity: 'purchase', id: po.id, reason: 'status', status: po.status,
    });
  }
  const now = ctx.app.now();
  writeTransaction(db, () => {
    const receivedQty = new Map(po.lines.map((line) => [line.id, line.receivedQty]));
    received.forEach((item, index) => {
      const line = po.lines.find((l) => l.materialCode.toLowerCase() === item.materialCode.toLowerCase());
      if (!line) {
        throw new AppError('INVALID_INPUT', ctx.t('errors.purchaseLineUnknown', { material: item.materialCode, value: po.poNo }), { field: 'lines', line: index + 1 });
      }
      const already = receivedQty.get(line.id) ?? 0;
      const open = roundQty(line.qty - already);
      if (roundQty(item.qty) > open) {
        const params = { material: line.materialName, value: po.poNo, open: formatQuantity(ctx.locale, open), qty: formatQuantity(ctx.locale, item.qty), uom: line.uom };
        throw new AppError('OVER_RECEIPT', ctx.t('errors.receiveExceedsOpen', params), { field: 'lines', line: index + 1, open, qty: roundQty(item.qty) });
      }
      recordMovement(ctx, { materialCode: line.materialCode, kind: 'receipt', qty: item.qty, date: receivedOn, unitCode: null, note: po.poNo });
      const total = roundQty(already + item.qty);
      receivedQty.set(line.id, total);
      setReceivedQty(db, line.id, total);
    });
    const complete = po.lines.every((line) => (receivedQty.get(line.id) ?? 0) >= roundQty(line.qty));
    if (complete) setPurchaseStatus(db, id, 'received', now);
    recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'purchase', entityId: id, action: 'receive', after: { poNo: po.poNo, receivedOn, lines: received, complete } });
  });
  return purchaseDetail(ctx, id);
}
