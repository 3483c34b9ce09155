import type { ReportPeriod } from '../../../../shared/api/exports';
import type { MaterialLine, MaterialsReport, OpenPurchaseLine, SuggestionLine } from '../../../../shared/api/report-materials';
import { isCurrency, rupiah, sumOf, toRupiah, type Currency, type Rupiah } from '../../../../shared/money';
import { roundQty } from '../../../../shared/units';
import type { CallContext } from '../../platform/app';
import { rateOn } from '../../orders/rate-queries';
import { hasStockBefore, materialFlows, openPurchaseLines } from './queries';
import { openSuggestions } from '../../purchasing/open-suggestions';
import { balancesAsOf } from '../../stock/stock';
import { lastDayOf } from '../figures/period';

/**
 * Bahan: stock on hand per material at the period's end (the ledger's sum, as the stock screen
 * shows it), consumption (issues less returns) and receipts in the period, purchase orders still
 * open and the last plan's purchase suggestions not yet on a purchase order (openSuggestions).
 * Values are rupiah at the material's cost, other currencies at the rate in force on the report's
 * day; without a cost or a rate the value is unknown (null) and the material is named, never
 * counted as zero.
 */

/** Minor units of a currency → rupiah at the rate of `asOf`; null without a rate. */
function rupiahConverter(ctx: CallContext, asOf: string): (minor: number, currency: Currency) => Rupiah | null {
  const rates = new Map<string, number | null>();
  return (minor, currency) => {
    if (!isCurrency(currency)) return null;
    if (currency === 'IDR') return rupiah(Math.round(minor));
    if (!rates.has(currency)) rates.set(currency, rateOn(ctx.app.db, currency, asOf)?.idrPerUnit ?? null);
    const rate = rates.get(currency) ?? null;
    return rate === null ? null : toRupiah(Math.round(minor), currency, rate);
  };
}

function sumKnown(values: (Rupiah | null)[]): Rupiah {
  return sumOf(values.filter((value): value is Rupiah => value !== null));
}

export function materialsReport(ctx: CallContext, period: ReportPeriod): MaterialsReport {
  const { db } = ctx.app;
  const today = ctx.app.today();
  const fromDay = `${period.from}-01`;
  const periodEnd = lastDayOf(period.to);
  const asOf = periodEnd < today ? periodEnd : today;
  const inRupiah = rupiahConverter(ctx, asOf);
  const flows = new Map(materialFlows(db, fromDay, asOf).map((flow) => [flow.materialCode, flow]));
  const names = new Map<string, string>();
  const materials = balancesAsOf(ctx, asOf).map((balance): MaterialLine => {
    names.set(balance.materialCode, balance.name);
    const flow = flows.get(balance.materialCode);
    const cost = flow && flow.unitCost > 0 ? inRupiah(flow.unitCost, flow.currency) : null;
    // Values from the cost in its own currency, rounded once: a rupiah cost of Rp 1.250 × 3,5 m is Rp 4.375.
    const worth = (qty: number) => (cost === null || !flow ? null : inRupiah(qty * flow.unitCost, flow.currency));
    const issued = flow?.issued ?? 0;
    const returned = flow?.returned ?? 0;
    const consumed = roundQty(issued - returned);
    return {
      materialCode: balance.materialCode, name: balance.name, category: balance.category, uom: balance.uom,
      unitCostIdr: cost, costMissing: !flow || flow.unitCost <= 0 ? 'cost' : cost === null ? 'rate' : null, onHand: balance.onHand, stockValueIdr: worth(balance.onHand),
      issued, returned, consumed, consumedValueIdr: worth(consumed),
      received: flow?.received ?? 0, receivedValueIdr: worth(flow?.received ?? 0), ordered: flow?.ordered ?? 0,
      reorderPoint: balance.reorderPoint, safetyStock: balance.safetyStock,
      isBelowReorder: balance.isBelowReorder, isBelowSafety: balance.safetyStock > 0 && balance.onHand < balance.safetyStock,
    };
  });
  const openPurchases = openPurchaseLines(db).map((row): OpenPurchaseLine => ({
    poNo: row.poNo, supplier: row.supplier, orderDate: row.orderDate, expectedOn: row.expectedOn, status: row.status,
    materialCode: row.materialCode, materialName: row.materialName, uom: row.uom, openQty: row.openQty,
    valueIdr: row.unitCost > 0 ? inRupiah(row.openQty * row.unitCost, row.currency) : null,
    isLate: row.expectedOn < asOf,
  }));
  // The plan's suggestions not yet on a purchase order, late as of today: as the plan, purchasing and the dashboard count them.
  const plan = openSuggestions(ctx, today);
  const suggestionLines = (plan?.open ?? []).map((line): SuggestionLine => {
    const flow = flows.get(line.materialCode);
    return {
      materialCode: line.materialCode, materialName: names.get(line.materialCode) ?? line.materialCode, qty: line.qty, uom: line.uom,
      supplierName: line.supplierName, needBy: line.needBy, orderBy: line.orderBy, late: line.isLate,
      valueIdr: flow && line.cost > 0 ? inRupiah(line.cost, flow.currency) : null,
    };
  });
  return {
    period,
    asOf,
    totals: {
      stockValueIdr: sumKnown(materials.map((m) => m.stockValueIdr)),
      consumedValueIdr: sumKnown(materials.map((m) => m.consumedValueIdr)),
      receivedValueIdr: sumKnown(materials.map((m) => m.receivedValueIdr)),
      openValueIdr: sumKnown(openPurchases.map((line) => line.valueIdr)),
      suggestionsValueIdr: sumKnown(suggestionLines.map((line) => line.valueIdr)),
    },
    unvalued: materials.filter((m) => m.unitCostIdr === null).map((m) => m.materialCode),
    belowReorder: materials.filter((m) => m.isBelowReorder).length,
    belowSafety: materials.filter((m) => m.isBelowSafety).length,
    hasStock: hasStockBefore(db, asOf),
    materials,
    openPurchases,
    plan: plan ? { today: plan.run.today, runAt: plan.run.runAt, lines: suggestionLines, onPurchaseOrders: plan.onPurchaseOrders } : null,
  };
}
