import type { TFunction } from 'i18next';
import type { Material } from '../../../../shared/domain/materials';
import { foldKey } from '../../../../shared/normalize';
import type { PasteColumn } from '../../platform/common/linePaste';
import type { BomLineDraft } from './bomModel';

/** A material as a sheet names it: its code, our `code — name` choice, or its name. */
export function materialOfText(text: string, materials: readonly Material[]): Material | undefined {
  const folded = foldKey(text);
  const code = foldKey(text.split(' — ')[0]);
  return materials.find((material) => [folded, code].includes(foldKey(material.materialCode))) ?? materials.find((material) => foldKey(material.name) === folded);
}

/** The bill of materials editor's columns as a pasted block fills them (the unit comes from the material). */
export function bomPasteColumns(t: TFunction, materials: readonly Material[]): PasteColumn<BomLineDraft>[] {
  return [
    {
      field: 'materialCode',
      headers: ['kode bahan', 'bahan', 'material', 'kode', 'material code', t('ui.bom.material')],
      read: (text) => materialOfText(text, materials)?.materialCode ?? text,
    },
    { field: 'qtyPerUnit', headers: ['kebutuhan', 'qty', 'jumlah', 'kuantitas', 'quantity', 'pemakaian', t('ui.bom.qtyPerUnit')] },
    // `5 %` as typed in a sheet: the percent sign is the column's, not the number's.
    { field: 'wastePct', headers: ['susut', 'waste', 'sisa potong', t('ui.bom.wastePct')], read: (text) => text.replace(/\s*%$/, '') },
  ];
}
