import type { planId } from './plan.id';
import type { Widen } from './widen';

export const planEn: Widen<typeof planId> = {
  late: {
    'no-unit': 'no active workshop makes this product category',
    'ship-by-passed': 'the ship-by date has passed',
    'no-time': 'ship-by is less than {{days}} days away: no time left for QC and packing',
    'no-capacity': 'not enough workshop capacity before the ship-by date',
    'assigned-late': 'a fixed work order finishes after the production deadline (ship-by − {{days}} days)',
  },
  promise: {
    'unknown-sku': 'product (SKU) {{sku}} not found',
    'no-unit': 'no active workshop makes {{sku}}',
    'beyond-horizon': '{{sku}} cannot be finished within the next {{weeks}} weeks',
    shipDate: 'Earliest ship date {{date}}',
  },
  assign: {
    unitInactive: 'workshop {{unit}} is not active',
    unitDoesNotMake: 'workshop {{unit}} does not make {{category}}; add the category to the workshop first',
    tooMuch: 'only {{remaining}} pcs of this order line are not yet assigned to a workshop',
    beyondHorizon: '{{unit}} has not enough capacity for {{qty}} pcs within {{weeks}} weeks from {{start}}',
    lineNotOpen: 'this order line is not open for production (the order must be confirmed or in production)',
  },
  calendar: { periodOrder: 'the end date cannot be before the start date' },
  summary: '{{assignments}} work orders, {{late}} late lines, {{purchases}} purchase suggestions ({{urgent}} already late to order)',
  fairness: 'Load sharing across {{units}} member workshops: mean {{mean}} % of capacity, coefficient of variation {{cv}}',
  workbook: {
    title: 'Production Plan',
    asOf: 'Plan for {{date}}, computed {{runAt}}',
    fileName: 'production-plan-{{date}}.xlsx',
    total: 'Total',
    supplierTotal: 'Total {{supplier}}',
    noSupplier: '(no supplier)',
    sheet: { assignments: 'Assignments', late: 'Late', purchases: 'Purchase Suggestions' },
    column: {
      index: 'No.', orderNo: 'Order No.', sku: 'SKU', unitCode: 'Unit Code', unitName: 'Business Name', qty: 'Qty (pcs)',
      start: 'Start', end: 'End', pinned: 'Pinned', status: 'Status', shortQty: 'Short (pcs)', reason: 'Reason',
      supplier: 'Supplier', materialCode: 'Material Code', materialQty: 'Qty', uom: 'Unit', purchaseQty: 'Purchase Qty',
      purchaseUom: 'Purchase Unit', orderBy: 'Order By', needBy: 'Needed By', late: 'Late to Order', currency: 'Currency', cost: 'Cost',
    },
    assignmentStatus: { planned: 'planned', issued: 'issued', 'in-progress': 'in progress', done: 'done', cancelled: 'cancelled' },
    purchaseStatus: { draft: 'draft', ordered: 'ordered', received: 'received', cancelled: 'cancelled' },
  },
};
