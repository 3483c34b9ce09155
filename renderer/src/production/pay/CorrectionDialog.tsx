import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../../shared/domain/unit';
import { call } from '../../platform/api/client';
import { useApp } from '../../platform/appContext';
import { formatAmount } from '../../platform/common/format';
import { RecordFormDialog } from '../../platform/common/RecordFormDialog';
import { useRecordForm } from '../../platform/common/useRecordForm';
import { PayAmountFields } from './PayAmountFields';
import { emptyCorrection, formToInput, validateCorrection, type CorrectionFormValues } from './correctionFormModel';

interface CorrectionDialogProps {
  units: Unit[];
  unitCode: string;
  today: string;
  onClose(): void;
  onSaved(correction: { unitCode: string; amount: number }): void;
}

/** "Catat koreksi": a printed slip never changes; a mistake found afterwards is a line of the workshop's next slip. */
export function CorrectionDialog({ units, unitCode, today, onClose, onSaved }: CorrectionDialogProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const validate = useCallback((values: CorrectionFormValues) => validateCorrection(values, t), [t]);
  const record = useRecordForm<CorrectionFormValues, never, { unitCode: string; amount: number }>({
    recordId: null,
    empty: emptyCorrection(unitCode, today),
    validate,
    persist: async (values) => {
      const input = formToInput(values);
      await call('pay:correct', input);
      return { unitCode: input.unitCode, amount: input.amount };
    },
    onSaved,
  });
  const { values, errors, set } = record.form;
  const amount = formToInput(values).amount;
  return (
    <RecordFormDialog title={t('workshops.correction.title')} formId="correction-form" record={record} onClose={onClose} size="medium">
      <p className="dialog-text muted">{t('workshops.correction.explained')}</p>
      <PayAmountFields
        units={units}
        values={{ unitCode: values.unitCode, date: values.onDate, amount: values.amount, note: values.note }}
        errors={{ ...errors, date: errors.onDate }}
        set={(key, value) => set(key === 'date' ? 'onDate' : key, value)}
        labels={{ unit: t('workshops.advance.unit'), date: t('workshops.correction.onDate'), amount: t('workshops.correction.amount'), note: t('workshops.correction.note') }}
        amountHint={Number.isFinite(amount) && amount !== 0 ? t(amount > 0 ? 'workshops.correction.adds' : 'workshops.correction.takes', { amount: formatAmount(Math.abs(amount), 'IDR', locale) }) : t('workshops.correction.amountHint')}
        isNoteRequired={true}
        testIdPrefix="correction"
      />
    </RecordFormDialog>
  );
}
