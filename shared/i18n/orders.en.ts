import type { Widen } from './widen';
import type { ordersId } from './orders.id';

/** Words of the order workflow: ready to ship, SPKs closed with an order, rates still missing. English. */
export const ordersEn: Widen<typeof ordersId> = {
  ready: {
    notCovered:
      'Order {{orderNo}} cannot be “Ready to ship” yet: goods accepted at QC do not cover it — {{missing}}. Record the workshops’ deliveries, or a manager may force it with a written reason.',
    shortLine: '{{sku}}: {{accepted}} of {{ordered}} pcs accepted, {{missing}} missing',
    reasonTooShort: 'write why the order is forced to “Ready to ship” (at least {{min}} characters)',
    newOrder: 'a new order cannot be “Ready to ship” at once: no workshop has delivered its goods; save it as Confirmed or In production',
  },
  form: {
    accepted: 'Accepted at QC',
    acceptedOf: '{{accepted}} of {{ordered}}',
    forcedReady: 'Declared ready to ship by a manager before all goods were accepted at QC. Reason: {{reason}}',
    valueIdr: 'Value in rupiah',
    noRate: 'no rate yet',
    noRateHint: 'No {{currency}} rate is recorded for {{date}}: this order’s rupiah value is unknown until the rate is recorded under “Rates”.',
    rateMissing: 'No {{currency}} rate recorded: you may leave it empty — the order is saved, its rupiah value waits for the rate',
  },
  readyDialog: {
    title: 'Order {{orderNo}} is not complete',
    intro: 'Goods accepted at QC do not yet cover this order:',
    line: '{{sku}} — {{accepted}} of {{ordered}} pcs accepted ({{missing}} missing)',
    advice: 'Usually: first record the workshops’ deliveries under Production plan → SPK. If the goods are really there (e.g. made outside an SPK), a manager may declare the order ready with a written reason; the reason is kept in the order’s history.',
    reason: 'Manager’s reason',
    reasonHint: 'At least {{min}} characters, e.g. “300 pcs from the cooperative’s stock, checked by QC on 12/12”',
    back: 'Back',
    force: 'Force ready to ship',
  },
  closed: {
    title_one: '{{count}} SPK closed because order {{orderNo}} left production:',
    title_other: '{{count}} SPKs closed because order {{orderNo}} left production:',
    cancelled: '{{spk}} · {{unit}} · {{sku}} {{qty}} pcs — cancelled',
    done: '{{spk}} · {{unit}} · {{sku}} — closed: {{delivered}} of {{qty}} pcs delivered, the rest will not be made',
    spk: 'planned SPK #{{id}}',
  },
  cancelWork_one: '{{count}} open SPK ({{qty}} pcs not yet handed in) will be closed with it: {{list}}.',
  cancelWork_other: '{{count}} open SPKs ({{qty}} pcs not yet handed in) will be closed with it: {{list}}.',
  history: {
    title: 'Order history',
    empty: 'No history yet.',
    create: 'Created',
    update: 'Changed',
    rate: 'Rate recorded, rupiah value known',
    status: '{{from}} → {{to}}',
    reason: 'Reason: {{reason}}',
    short: 'Not yet accepted at QC then: {{missing}}',
    closedWork: '{{count}} SPKs closed',
  },
};
