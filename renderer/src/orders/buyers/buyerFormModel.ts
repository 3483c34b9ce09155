import type { TFunction } from 'i18next';
import type { Currency } from '../../../../shared/money';
import { buyerInput, type Buyer, type BuyerInput, type BUYER_KINDS, type INCOTERMS } from '../../../../shared/domain/orders';
import { textOf } from '../../platform/common/formText';
import { schemaErrors, type FieldErrors } from '../../platform/common/validation';

export interface BuyerFormValues {
  buyerCode: string;
  name: string;
  country: string;
  kind: (typeof BUYER_KINDS)[number];
  currency: Currency;
  incoterm: '' | (typeof INCOTERMS)[number];
  address: string;
  city: string;
  postcode: string;
  contact: string;
  email: string;
  phone: string;
  notifyParty: string;
  paymentTerms: string;
  incotermPlace: string;
  portOfDischarge: string;
}

/** The details export papers print, typed as free text. */
export const PAPER_FIELDS = ['address', 'city', 'postcode', 'contact', 'email', 'phone', 'notifyParty', 'paymentTerms', 'incotermPlace', 'portOfDischarge'] as const;
type PaperField = (typeof PAPER_FIELDS)[number];
const NO_PAPERS = Object.fromEntries(PAPER_FIELDS.map((field) => [field, ''])) as Record<PaperField, string>;

/** Most buyers the centre adds are export buyers paying in dollars, FOB Surabaya. */
export const EMPTY_BUYER: BuyerFormValues = {
  buyerCode: '', name: '', country: '', kind: 'export', currency: 'USD', incoterm: 'FOB', ...NO_PAPERS, incotermPlace: 'Tanjung Perak, Surabaya',
};

export function buyerToForm(buyer: Buyer): BuyerFormValues {
  return {
    buyerCode: buyer.buyerCode,
    name: buyer.name,
    country: buyer.country,
    kind: buyer.kind,
    currency: buyer.currency,
    incoterm: buyer.incoterm ?? '',
    ...papersOf(buyer),
  };
}

function papersOf(buyer: Buyer): Record<PaperField, string> {
  const papers = { ...NO_PAPERS };
  for (const field of PAPER_FIELDS) papers[field] = buyer[field] ?? '';
  return papers;
}

export function formToInput(values: BuyerFormValues, original: Buyer | null): BuyerInput {
  return {
    id: original?.id,
    buyerCode: values.buyerCode,
    name: values.name,
    country: textOf(values.country),
    kind: values.kind,
    currency: values.currency,
    incoterm: values.incoterm === '' ? null : values.incoterm,
    ...Object.fromEntries(PAPER_FIELDS.map((field) => [field, textOf(values[field])])),
  };
}

export function validateBuyer(values: BuyerFormValues, original: Buyer | null, t: TFunction): FieldErrors {
  return schemaErrors(buyerInput, formToInput(values, original), t);
}
