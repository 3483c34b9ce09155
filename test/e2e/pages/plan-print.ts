import type { Locator } from 'playwright-core';
import type { Root } from './kit';

// The printed production plan (#/print/plan).

/** The printed plan: SPKs by unit with subtotals, late work, suppliers and the tiles. */
export function planSheet(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  return {
    fairness: part('plan-print-fairness'),
    late: part('plan-print-late'),
    spk: part('plan-print-spk'),
    subtotal: part('plan-print-subtotal'),
    subtotalHours: part('plan-print-subtotal-hours'),
    subtotalQty: part('plan-print-subtotal-qty'),
    supplier: part('plan-print-supplier'),
    total: part('plan-print-total'),
    totalQty: part('plan-print-total-qty'),
    unit: part('plan-print-unit'),
    tile: (key: string) => part(`plan-print-tile-${key}`),
    /** The block of one unit (its SPKs and subtotal), by unit code. */
    unitOf: (unitCode: string) => root.locator(`[data-testid="plan-print-unit"][data-unit="${unitCode}"]`),
  };
}
