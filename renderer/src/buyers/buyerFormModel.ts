import type { TFunction } from 'i18next';
import type { Currency } from '../../../shared/money';
import { buyerInput, type Buyer, type BuyerInput, BUYER_KINDS, INCOTERMS } from '../../../shared/domain/orders';
import { textOf } from '../common/formText';
import { schemaErrors, type FieldErrors } from '../common/validation';

export interface BuyerFormValues {
  buyerCode: string;
  name: string;
  country: string;
  kind: (typeof BUYER_KINDS)[number];
  currency: Currency;
  incoterm: '' | (typeof INCOTERMS)[number];
}

/** Most buyers the centre adds are export buyers paying in dollars, FOB Surabaya. */
export const EMPTY_BUYER: BuyerFormValues = { buyerCode: '', name: '', country: '', kind: 'export', currency: 'USD', incoterm: 'FOB' };

export function buyerToForm(buyer: Buyer): BuyerFormValues {
  return {
    buyerCode: buyer.buyerCode,
    name: buyer.name,
    country: buyer.country,
    kind: buyer.kind,
    currency: buyer.currency,
    incoterm: buyer.incoterm ?? '',
  };
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
  };
}

export function validateBuyer(values: BuyerFormValues, original: Buyer | null, t: TFunction): FieldErrors {
  return schemaErrors(buyerInput, formToInput(values, original), t);
}
