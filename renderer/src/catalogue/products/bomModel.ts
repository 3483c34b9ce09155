import type { TFunction } from 'i18next';
import { bomLineInput, type BomLine } from '../../../../shared/domain/catalogue';
import type { Material } from '../../../../shared/domain/materials';
import { grossRequirement } from '../../../../shared/units';
import { amountForInput, numberText } from '../../platform/common/formText';
import { schemaErrors, type FieldErrors } from '../../platform/common/validation';

/** One BOM line as typed: material, quantity per unit in the material's unit, cutting waste in %. */
export interface BomLineDraft {
  materialCode: string;
  qtyPerUnit: string;
  wastePct: string;
}

export const BLANK_BOM_LINE: BomLineDraft = { materialCode: '', qtyPerUnit: '', wastePct: '' };

export function bomLineToDraft(line: BomLine): BomLineDraft {
  return { materialCode: line.materialCode, qtyPerUnit: numberText(line.qtyPerUnit), wastePct: line.wastePct ? numberText(line.wastePct) : '' };
}

export function draftToLine(draft: BomLineDraft) {
  return {
    materialCode: draft.materialCode,
    qtyPerUnit: amountForInput(draft.qtyPerUnit),
    wastePct: draft.wastePct.trim() === '' ? 0 : amountForInput(draft.wastePct),
  };
}

/** What one unit of product really consumes: qty / (1 − waste); null until both read as numbers. */
export function grossPerUnit(draft: BomLineDraft): number | null {
  const { qtyPerUnit, wastePct } = draftToLine(draft);
  if (!(qtyPerUnit > 0) || !(wastePct >= 0) || wastePct >= 100) return null;
  return grossRequirement(1, qtyPerUnit, wastePct);
}

/** The shared line schema, plus what only the whole list can say: a material twice, one not in the list. */
export function validateBomLine(draft: BomLineDraft, index: number, all: BomLineDraft[], materials: ReadonlyMap<string, Material>, t: TFunction): FieldErrors {
  const errors = schemaErrors(bomLineInput.omit({ sku: true }), draftToLine(draft), t);
  if (draft.qtyPerUnit.trim() === '') errors.qtyPerUnit = t('invalid.required');
  const code = draft.materialCode;
  if (code && !materials.has(code)) errors.materialCode = t('invalid.unknownMaterial', { value: code });
  const first = all.findIndex((other) => other.materialCode === code);
  if (code && first < index) errors.materialCode = t('ui.bom.duplicate', { line: first + 1 });
  return errors;
}
