import { useTranslation } from 'react-i18next';
import type { PurchaseLine } from '../../../shared/api/production';
import type { Material } from '../../../shared/domain/materials';
import type { Currency } from '../../../shared/money';
import { useApp } from '../platform/appContext';
import type { Choice } from '../platform/common/choices';
import { CellField } from '../platform/common/CellField';
import { formatAmount, formatQty } from '../platform/common/format';
import { amountForInput } from '../platform/common/formText';
import { RemoveLineButton } from '../platform/common/RemoveLineButton';
import type { FieldErrors } from '../platform/common/validation';
import { unitCostMinor, type PurchaseLineDraft } from './purchaseFormModel';

interface PurchaseLineRowProps {
  index: number;
  line: PurchaseLineDraft;
  errors: FieldErrors;
  choices: Choice[];
  material: Material | undefined;
  /** The saved line, for what has come in already (an ordered PO). */
  saved: PurchaseLine | undefined;
  currency: Currency;
  /** `Rp` for rupiah in Indonesian, else the currency's code. */
  currencyLabel: string;
  showsReceived: boolean;
  onChange<K extends keyof PurchaseLineDraft & string>(field: K, value: PurchaseLineDraft[K]): void;
  onChooseMaterial(code: string): void;
  onRemove(): void;
}

/** One material on the order: how much in its own unit, at what price, what the line comes to. */
export function PurchaseLineRow({ index, line, errors, choices, material, saved, currency, currencyLabel, showsReceived, onChange, onChooseMaterial, onRemove }: PurchaseLineRowProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const qty = amountForInput(line.qty);
  const cost = unitCostMinor(line, currency);
  const total = Number.isFinite(qty) && Number.isFinite(cost) && line.qty.trim() && line.unitCost.trim() ? Math.round(qty * cost) : null;
  const testId = `po-line-${index}`;
  return (
    <tr data-testid={testId} data-line={index}>
      <td className="num line-text">{index + 1}</td>
      <td data-field="materialCode">
        <CellField
          label={t('purchasing.form.material')}
          value={line.materialCode}
          // A pasted code that is no material stays in view beside its message, to be corrected.
          options={line.materialCode && !material ? [...choices, { value: line.materialCode, label: line.materialCode }] : choices}
          onChange={onChooseMaterial}
          error={errors.materialCode}
          testId={`${testId}-material`}
        />
      </td>
      <td data-field="qty">
        <CellField label={t('purchasing.form.qty')} value={line.qty} inputMode="decimal" onChange={(value) => onChange('qty', value)} error={errors.qty} testId={`${testId}-qty`} />
      </td>
      <td className="line-text" data-testid={`${testId}-uom`}>{material?.uom ?? ''}</td>
      <td data-field="unitCost">
        <CellField label={t('purchasing.form.unitCost', { currency: currencyLabel })} value={line.unitCost} inputMode="decimal" onChange={(value) => onChange('unitCost', value)} error={errors.unitCost} testId={`${testId}-cost`} />
      </td>
      <td className="num strong line-text" data-testid={`${testId}-total`}>
        {total !== null ? formatAmount(total, currency, locale) : '–'}
      </td>
      {showsReceived ? (
        <td className="num line-text" data-testid={`${testId}-received`}>
          {saved ? formatQty(saved.receivedQty, locale) : '–'}
        </td>
      ) : null}
      <td>
        <RemoveLineButton line={index + 1} testId={`${testId}-remove`} onRemove={onRemove} />
      </td>
    </tr>
  );
}
