import type { TFunction } from 'i18next';
import type { Material } from '../../../shared/domain/materials';
import { fromMinor } from '../../../shared/money';
import { numberText } from '../platform/common/formText';
import type { PasteColumn } from '../platform/common/linePaste';
import { materialOfText } from '../catalogue/products/bomLinePaste';
import type { PurchaseLineDraft } from './purchaseFormModel';

/** The purchase order editor's columns as a pasted block fills them (the unit comes from the material). */
export function purchasePasteColumns(t: TFunction, materials: readonly Material[]): PasteColumn<PurchaseLineDraft>[] {
  return [
    {
      field: 'materialCode',
      headers: ['kode bahan', 'bahan', 'material', 'kode', 'material code', t('purchasing.form.material')],
      read: (text) => materialOfText(text, materials)?.materialCode ?? text,
    },
    { field: 'qty', headers: ['jumlah', 'jumlah pesan', 'jumlah beli', 'qty', 'kuantitas', 'quantity', t('purchasing.form.qty')] },
    { field: 'unitCost', headers: ['harga', 'harga satuan', 'unit cost', 'price', 'biaya'], read: (text) => text.replace(/^(Rp\.?|IDR)\s*/i, '') },
  ];
}

/** A pasted line without a price takes the material's recorded cost, as choosing it does. */
export function withRecordedCost(line: Partial<PurchaseLineDraft>, current: PurchaseLineDraft | undefined, materials: readonly Material[]): Partial<PurchaseLineDraft> {
  const material = line.materialCode ? materials.find((candidate) => candidate.materialCode === line.materialCode) : undefined;
  const cost = line.unitCost ?? current?.unitCost ?? '';
  if (!material || cost.trim() !== '') return line;
  return { ...line, unitCost: numberText(fromMinor(material.unitCost, material.currency)) };
}
