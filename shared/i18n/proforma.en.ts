import type { proformaId } from './proforma.id';
import type { Widen } from './widen';

/** The proforma goes to the buyer and its bank abroad: its `doc` words print in English whatever the screen's language. */
export const proformaEn: Widen<typeof proformaId> = {
  doc: {
    title: 'PROFORMA INVOICE',
    sheet: 'Proforma Invoice',
    fileWord: 'proforma',
    proformaNo: 'Proforma No.',
    orderNo: 'Our order No.',
    shipBy: 'Latest shipment date',
    unit: 'Unit',
    deposit: 'Deposit {{percent}} % due against this proforma',
    balance: 'Balance as per payment terms',
    say: 'SAY: {{words}}',
    inWords: 'Amount in words',
    terms: 'Validity and declaration',
    validity: 'Valid for acceptance until the latest shipment date, {{date}}. Please quote {{no}} with your payment.',
    declaration: 'We certify that the goods are of Indonesian origin and that the particulars given above are true and correct.',
  },
  screen: {
    print: 'Proforma invoice',
    workbook: 'Proforma (Excel)',
    gaps: 'The proforma cannot be printed yet; these details are missing: {{list}}',
    blocked: 'Cannot print: first complete {{list}}',
  },
};
