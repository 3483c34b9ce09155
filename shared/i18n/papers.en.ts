import type { papersId } from './papers.id';
import type { Widen } from './widen';

export const papersEn: Widen<typeof papersId> = {
  errors: {
    unknownShipment: 'There is no shipment numbered {{no}}.',
    unknownOrder: 'There is no order numbered {{no}}.',
    gaps: 'The {{paper}} cannot be made yet; these details are missing: {{list}}.',
  },
  gap: {
    exporter: 'Centre profile: {{field}}',
    buyer: 'buyer {{ref}}: {{field}}',
    order: 'order {{ref}}: {{field}}',
    product: 'product {{ref}}: {{field}}',
  },
  field: {
    legal_name: 'legal name',
    address_en: 'address in English',
    nib: 'NIB',
    npwp: 'NPWP',
    bank_name: 'bank name',
    bank_account_no: 'account number',
    bank_account_name: 'account name',
    swift: 'SWIFT/BIC code',
    address: 'address',
    city: 'city',
    buyer_po: "buyer's PO number",
    payment_terms: 'payment terms',
    name_en: 'English description (name_en)',
    composition: 'material composition',
  },
  paper: {
    proforma: 'proforma invoice',
    invoice: 'commercial invoice',
    'packing-list': 'packing list',
    labels: 'carton labels',
  },
  cli: {
    kind: 'Name the paper: {{kinds}}.',
    order: '{{paper}} needs --order NO (the order number).',
    shipment: '{{paper}} needs --shipment NO (the shipment number).',
    out: 'Name the file to write with --out F.xlsx.',
    wrote: '{{paper}} {{no}} written to {{file}}',
  },
  missingTitle: 'Not ready for the buyer yet: complete these details first',
};
