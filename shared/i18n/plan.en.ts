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
  fairness: "Members' load: {{withWork}} of {{units}} member workshops got work; lowest load {{lowest}} %, highest {{highest}} %, on average {{mean}} % of the capacity they offer",
  fairnessNone: "Members' load: no active member's workshop makes the products of the open orders",
  byPieces: 'Planned by pieces only (products without labour minutes): {{skus}}',
  reason: {
    'member-share': 'member, split by free capacity: {{share}} % of the order',
    'member-rest': "member, the order's remainder to workshops with room left: {{share}} % of the order",
    'non-member': "not a member: members' capacity is full until {{date}}; {{share}} % of the order",
    shared: 'split by free capacity (members not served first): {{share}} % of the order',
    'by-hand': 'set by hand, its quantity kept: {{share}} % of the order',
    issued: 'SPK already issued, stays with this workshop: {{share}} % of the order',
    grade: 'export, grade {{grade}} first; ',
    load: ', load in the week of {{week}}: {{load}} %',
    byPieces: '; counted in pieces (product without labour minutes)',
  },
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
