import type { TFunction } from 'i18next';
import { type MATERIAL_CATEGORIES, materialInput, type Material, type MaterialInput } from '../../../../shared/domain/materials';
import { fromMinor, toMinor, type Currency } from '../../../../shared/money';
import type { Uom } from '../../../../shared/units';
import { amountForInput, numberForInput, numberText, textOf, textOrNull } from '../../platform/common/formText';
import { schemaErrors, type FieldErrors } from '../../platform/common/validation';

export type MaterialCategory = (typeof MATERIAL_CATEGORIES)[number];

/** The material form as typed; the cost per unit in major units (rupiah, or dollars for imported leather). */
export interface MaterialFormValues {
  materialCode: string;
  name: string;
  category: '' | MaterialCategory;
  uom: '' | Uom;
  purchaseUom: '' | Uom;
  purchaseFactor: string;
  unitCost: string;
  currency: Currency;
  supplier: string;
  leadTimeDays: string;
  minOrderQty: string;
  reorderPoint: string;
  safetyStock: string;
}

export const EMPTY_MATERIAL: MaterialFormValues = {
  materialCode: '', name: '', category: '', uom: '', purchaseUom: '', purchaseFactor: '1', unitCost: '', currency: 'IDR',
  supplier: '', leadTimeDays: '7', minOrderQty: '', reorderPoint: '', safetyStock: '',
};

export function materialToForm(material: Material): MaterialFormValues {
  return {
    materialCode: material.materialCode,
    name: material.name,
    category: material.category,
    uom: material.uom,
    purchaseUom: material.purchaseUom ?? '',
    purchaseFactor: numberText(material.purchaseFactor),
    unitCost: numberText(fromMinor(material.unitCost, material.currency)),
    currency: material.currency,
    supplier: textOf(material.supplier),
    leadTimeDays: numberText(material.leadTimeDays),
    minOrderQty: numberText(material.minOrderQty),
    reorderPoint: numberText(material.reorderPoint),
    safetyStock: numberText(material.safetyStock),
  };
}

/** Empty stock levels are zero: not every material is watched. */
function levelOrZero(text: string): number {
  return text.trim() === '' ? 0 : amountForInput(text);
}

export function unitCostMinor(values: Pick<MaterialFormValues, 'unitCost' | 'currency'>): number {
  const amount = amountForInput(values.unitCost);
  return Number.isFinite(amount) ? toMinor(amount, values.currency) : Number.NaN;
}

/** What the form holds, before the schema has checked the choices (an empty one is still text). */
type MaterialDraft = Omit<MaterialInput, 'category' | 'uom'> & { category: string; uom: string };

function formToDraft(values: MaterialFormValues, original: Material | null): MaterialDraft {
  return {
    id: original?.id,
    materialCode: values.materialCode,
    name: values.name,
    category: values.category,
    uom: values.uom,
    purchaseUom: values.purchaseUom === '' ? null : values.purchaseUom,
    purchaseFactor: values.purchaseUom === '' ? 1 : amountForInput(values.purchaseFactor),
    unitCost: unitCostMinor(values),
    currency: values.currency,
    supplier: textOrNull(values.supplier),
    leadTimeDays: numberForInput(values.leadTimeDays),
    minOrderQty: levelOrZero(values.minOrderQty),
    reorderPoint: levelOrZero(values.reorderPoint),
    safetyStock: levelOrZero(values.safetyStock),
  };
}

/** What materials:save receives: the draft as the shared schema reads it (call only once validated). */
export function formToInput(values: MaterialFormValues, original: Material | null): MaterialInput {
  return materialInput.parse(formToDraft(values, original));
}

export function validateMaterial(values: MaterialFormValues, original: Material | null, t: TFunction): FieldErrors {
  const errors = schemaErrors(materialInput, formToDraft(values, original), t);
  if (Number.isNaN(unitCostMinor(values))) errors.unitCost = t('invalid.notNumber');
  for (const field of ['category', 'uom', 'unitCost', 'leadTimeDays'] as const) {
    if (values[field].trim() === '') errors[field] = t('invalid.required');
  }
  return errors;
}
