import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../../shared/domain/unit';
import { call } from '../../platform/api/client';
import { useApp } from '../../platform/appContext';
import { formatAmount } from '../../platform/common/format';
import { RecordFormDialog } from '../../platform/common/RecordFormDialog';
import { useRecordForm } from '../../platform/common/useRecordForm';
import { PayAmountFields } from './PayAmountFields';
import { emptyAdvance, formToInput, validateAdvance, type AdvanceFormValues } from './advanceFormModel';

interface AdvanceDialogProps {
  units: Unit[];
  /** The workshop selected on the pay tab, if any. */
  unitCode: string;
  today: string;
  onClose(): void;
  onSaved(advance: { unitCode: string; amount: number }): void;
}

/** "Catat kasbon": money paid to a workshop ahead of its pay, deducted on the slip of the period it was paid in. */
export function AdvanceDialog({ units, unitCode, today, onClose, onSaved }: AdvanceDialogProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const validate = useCallback((values: AdvanceFormValues) => validateAdvance(values, t), [t]);
  const record = useRecordForm<AdvanceFormValues, never, { unitCode: string; amount: number }>({
    recordId: null,
    empty: emptyAdvance(unitCode, today),
    validate,
    persist: async (values) => {
      const input = formToInput(values);
      await call('advances:record', input);
      return { unitCode: input.unitCode, amount: input.amount };
    },
    onSaved,
  });
  const { values, errors, set } = record.form;
  const amount = formToInput(values).amount;
  return (
    <RecordFormDialog title={t('workshops.advance.title')} formId="advance-form" record={record} onClose={onClose} size="medium">
      <p className="dialog-text muted">{t('workshops.advance.explained')}</p>
      <PayAmountFields
        units={units}
        values={{ unitCode: values.unitCode, date: values.paidOn, amount: values.amount, note: values.note }}
        errors={{ ...errors, date: errors.paidOn }}
        set={(key, value) => set(key === 'date' ? 'paidOn' : key, value)}
        labels={{ unit: t('workshops.advance.unit'), date: t('workshops.advance.paidOn'), amount: t('workshops.advance.amount'), note: t('workshops.advance.note') }}
        amountHint={Number.isFinite(amount) && amount > 0 ? t('workshops.advance.amountRead', { amount: formatAmount(amount, 'IDR', locale) }) : undefined}
        isNoteRequired={false}
        testIdPrefix="advance"
      />
    </RecordFormDialog>
  );
}
