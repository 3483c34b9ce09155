import { useTranslation } from 'react-i18next';
import type { PurchaseLine } from '../../../shared/api/production';
import { useApp } from '../platform/appContext';
import { CellField } from '../platform/common/CellField';
import { formatQty } from '../platform/common/format';
import type { FieldErrors } from '../platform/common/validation';
import { openQty, type ReceiveDraft } from './receiveModel';

interface ReceiveLineRowProps {
  index: number;
  line: PurchaseLine;
  draft: ReceiveDraft;
  errors: FieldErrors;
  onChange(qty: string): void;
}

/** One material of the PO: ordered, in already, still to come, and what came today. */
export function ReceiveLineRow({ index, line, draft, errors, onChange }: ReceiveLineRowProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const open = openQty(line);
  const testId = `receive-line-${index}`;
  return (
    <tr data-testid={testId}>
      <td className="num line-text">{index + 1}</td>
      <td className="line-text cell-mono">{line.materialCode}</td>
      <td className="line-text">{line.materialName}</td>
      <td className="num line-text" data-testid={`${testId}-ordered`}>{formatQty(line.qty, locale)}</td>
      <td className="num line-text" data-testid={`${testId}-already`}>{formatQty(line.receivedQty, locale)}</td>
      <td className="num line-text strong" data-testid={`${testId}-open`}>{formatQty(open, locale)}</td>
      <td className="receive-qty">
        {open > 0 ? (
          <CellField label={t('purchasing.receive.now')} value={draft.qty} inputMode="decimal" onChange={onChange} error={errors.qty} testId={`${testId}-qty`} />
        ) : (
          <span className="muted line-text">{t('purchasing.receive.complete')}</span>
        )}
      </td>
      <td className="line-text">{line.uom}</td>
    </tr>
  );
}
