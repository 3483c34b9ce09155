import type { ToBuyLine, ToBuyList, ToBuySupplier } from '../../../shared/api/purchasing';
import type { CallContext } from '../platform/app';
import { materialNames } from '../catalogue/material-queries';
import { openSuggestions } from './open-suggestions';
import type { Currency } from '../../../shared/money';

/** Suppliers earliest order-by first, the unnamed supplier last; within one, lines by order-by then material. */
function bySupplier(lines: ToBuyLine[]): ToBuySupplier[] {
  const groups = new Map<string, ToBuyLine[]>();
  for (const line of lines) {
    const key = line.supplierName?.toLowerCase() ?? '';
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  return [...groups.values()]
    .map((group): ToBuySupplier => {
      const sorted = [...group].sort((a, b) => a.orderBy.localeCompare(b.orderBy) || a.materialCode.localeCompare(b.materialCode));
      const cost = new Map<Currency, number>();
      for (const line of sorted) if (line.cost > 0) cost.set(line.currency, (cost.get(line.currency) ?? 0) + line.cost);
      return {
        supplierName: sorted[0].supplierName,
        orderBy: sorted[0].orderBy,
        lines: sorted,
        lateLines: sorted.filter((line) => line.isLate).length,
        cost: [...cost].map(([currency, amount]) => ({ currency, amount })),
        unpricedLines: sorted.filter((line) => line.cost <= 0).length,
      };
    })
    .sort((a, b) => Number(a.supplierName === null) - Number(b.supplierName === null) || a.orderBy.localeCompare(b.orderBy)
      || (a.supplierName ?? '').localeCompare(b.supplierName ?? ''));
}

/** What to buy by when (the plan and purchasing screens): open suggestions by supplier; null before the first plan. */
export function toBuyList(ctx: CallContext): ToBuyList | null {
  const view = openSuggestions(ctx);
  if (!view) return null;
  const materials = materialNames(ctx.app.db);
  const lines = view.open.map((suggestion): ToBuyLine => {
    const material = materials.get(suggestion.materialCode.toUpperCase());
    return { ...suggestion, materialName: material?.name ?? suggestion.materialCode, currency: material?.currency ?? 'IDR' };
  });
  return {
    planToday: view.run.today,
    runAt: view.run.runAt,
    suggestions: view.total,
    open: lines.length,
    late: lines.filter((line) => line.isLate).length,
    onPurchaseOrders: view.onPurchaseOrders,
    purchaseOrders: view.purchaseOrders,
    suppliers: bySupplier(lines),
  };
}
