import type { TFunction } from 'i18next';
import { type OUTER_MATERIALS, productInput, type Product, type ProductInput } from '../../../../shared/domain/catalogue';
import { fromMinor, toMinor, type Currency } from '../../../../shared/money';
import type { Uom } from '../../../../shared/units';
import { amountForInput, numberForInput, numberText, optionalAmount } from '../../platform/common/formText';
import { schemaErrors, type FieldErrors } from '../../platform/common/validation';

export type OuterMaterial = (typeof OUTER_MATERIALS)[number];

/** The product form as typed; the price in major units (`12,50` dollars), as on a price list. */
export interface ProductFormValues {
  sku: string;
  name: string;
  /** English description for export papers; empty: none yet (the papers will ask for it). */
  nameEn: string;
  composition: string;
  category: string;
  hsCode: string;
  outerMaterial: '' | OuterMaterial;
  uom: Uom;
  labourMinutes: string;
  cartonQty: string;
  cartonLengthCm: string;
  cartonWidthCm: string;
  cartonHeightCm: string;
  cartonGrossKg: string;
  price: string;
  currency: Currency;
  /** Rupiah per piece paid to the workshop; empty: from the labour minutes. */
  pieceRate: string;
}

export const EMPTY_PRODUCT: ProductFormValues = {
  sku: '', name: '', nameEn: '', composition: '', category: '', hsCode: '', outerMaterial: '', uom: 'pcs', labourMinutes: '', cartonQty: '',
  cartonLengthCm: '', cartonWidthCm: '', cartonHeightCm: '', cartonGrossKg: '', price: '', currency: 'IDR', pieceRate: '',
};

export function productToForm(product: Product): ProductFormValues {
  return {
    sku: product.sku,
    name: product.name,
    nameEn: product.nameEn ?? '',
    composition: product.composition ?? '',
    category: product.category,
    hsCode: product.hsCode,
    outerMaterial: product.outerMaterial ?? '',
    uom: product.uom,
    labourMinutes: numberText(product.labourMinutes),
    cartonQty: numberText(product.cartonQty),
    cartonLengthCm: numberText(product.cartonLengthCm),
    cartonWidthCm: numberText(product.cartonWidthCm),
    cartonHeightCm: numberText(product.cartonHeightCm),
    cartonGrossKg: numberText(product.cartonGrossKg),
    price: numberText(fromMinor(product.price, product.currency)),
    currency: product.currency,
    pieceRate: numberText(product.pieceRate),
  };
}

/** The typed price in the currency's minor unit (rupiah, cents); NaN when unreadable. */
export function priceMinor(values: Pick<ProductFormValues, 'price' | 'currency'>): number {
  const amount = amountForInput(values.price);
  return Number.isFinite(amount) ? toMinor(amount, values.currency) : Number.NaN;
}

export function formToInput(values: ProductFormValues, original: Product | null): ProductInput {
  return {
    id: original?.id,
    sku: values.sku,
    name: values.name,
    nameEn: values.nameEn,
    composition: values.composition,
    category: values.category,
    hsCode: values.hsCode,
    outerMaterial: values.outerMaterial === '' ? null : values.outerMaterial,
    uom: values.uom,
    labourMinutes: numberForInput(values.labourMinutes),
    cartonQty: numberForInput(values.cartonQty),
    cartonLengthCm: optionalAmount(values.cartonLengthCm),
    cartonWidthCm: optionalAmount(values.cartonWidthCm),
    cartonHeightCm: optionalAmount(values.cartonHeightCm),
    cartonGrossKg: optionalAmount(values.cartonGrossKg),
    price: priceMinor(values),
    currency: values.currency,
    pieceRate: values.pieceRate.trim() === '' ? null : numberForInput(values.pieceRate),
  };
}

/** The shared schema, with "wajib diisi" for empty numbers and a readable word for an unreadable price. */
export function validateProduct(values: ProductFormValues, original: Product | null, t: TFunction): FieldErrors {
  const errors = schemaErrors(productInput, formToInput(values, original), t);
  if (Number.isNaN(priceMinor(values))) errors.price = t('invalid.notNumber');
  for (const field of ['labourMinutes', 'cartonQty', 'price', 'category'] as const) {
    if (values[field].trim() === '') errors[field] = t('invalid.required');
  }
  return errors;
}
