import { useTranslation } from 'react-i18next';
import type { Material } from '../../../../shared/domain/materials';
import { useApp } from '../../platform/appContext';
import { CellField } from '../../platform/common/CellField';
import { formatQty } from '../../platform/common/format';
import { RemoveLineButton } from '../../platform/common/RemoveLineButton';
import type { FieldErrors } from '../../platform/common/validation';
import { grossPerUnit, type BomLineDraft } from './bomModel';

interface BomLineRowProps {
  index: number;
  line: BomLineDraft;
  errors: FieldErrors;
  materials: Material[];
  onChange<K extends keyof BomLineDraft & string>(field: K, value: BomLineDraft[K]): void;
  onRemove(): void;
}

/** One material of the bill: what, how much per unit, how much is lost in cutting, and so how much it really takes. */
export function BomLineRow({ index, line, errors, materials, onChange, onRemove }: BomLineRowProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const material = materials.find((option) => option.materialCode === line.materialCode);
  const gross = grossPerUnit(line);
  const testId = `bom-line-${index}`;
  const choices = [{ value: '', label: t('ui.form.choose') }, ...materials.map((option) => ({ value: option.materialCode, label: `${option.materialCode} — ${option.name}` }))];
  // A pasted code that is no material stays in view beside its message, to be corrected.
  if (line.materialCode && !material) choices.push({ value: line.materialCode, label: line.materialCode });
  return (
    <tr data-testid={testId} data-line={index}>
      <td className="num line-text">{index + 1}</td>
      <td data-field="materialCode">
        <CellField label={t('ui.bom.material')} value={line.materialCode} options={choices} onChange={(value) => onChange('materialCode', value)} error={errors.materialCode} testId={`${testId}-material`} />
      </td>
      <td data-field="qtyPerUnit">
        <CellField label={t('ui.bom.qtyPerUnit')} value={line.qtyPerUnit} inputMode="decimal" onChange={(value) => onChange('qtyPerUnit', value)} error={errors.qtyPerUnit} testId={`${testId}-qty`} />
      </td>
      <td className="muted line-text" title={material ? t(`ui.uom.${material.uom}`) : undefined}>
        {material?.uom ?? ''}
      </td>
      <td data-field="wastePct">
        <CellField label={t('ui.bom.wastePct')} value={line.wastePct} inputMode="decimal" placeholder="0" onChange={(value) => onChange('wastePct', value)} error={errors.wastePct} testId={`${testId}-waste`} />
      </td>
      <td className="num strong line-text" data-testid={`${testId}-gross`}>
        {gross !== null ? `${formatQty(gross, locale)} ${material?.uom ?? ''}`.trim() : '–'}
      </td>
      <td>
        <RemoveLineButton line={index + 1} testId={`${testId}-remove`} onRemove={onRemove} />
      </td>
    </tr>
  );
}
