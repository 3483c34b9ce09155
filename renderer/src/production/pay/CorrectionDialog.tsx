import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../../shared/domain/unit';
import { call } from '../../platform/api/client';
import { useApp } from '../../platform/appContext';
import { dateHint } from '../../platform/common/dateHint';
import { formatAmount } from '../../platform/common/format';
import { RecordFormDialog } from '../../platform/common/RecordFormDialog';
import { SelectField } from '../../platform/common/SelectField';
import { TextField } from '../../platform/common/TextField';
import { useRecordForm } from '../../platform/common/useRecordForm';
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
  const choices = units.map((unit) => ({ value: unit.unitCode, label: `${unit.unitCode} — ${unit.name}` }));
  return (
    <RecordFormDialog title={t('workshops.correction.title')} formId="correction-form" record={record} onClose={onClose} size="medium">
      <p className="dialog-text muted">{t('workshops.correction.explained')}</p>
      <div className="form-grid">
        <SelectField
          label={t('workshops.advance.unit')}
          value={values.unitCode}
          options={[{ value: '', label: t('ui.form.choose') }, ...choices]}
          onChange={(value) => set('unitCode', value)}
          error={errors.unitCode}
          required
          testId="correction-unit"
        />
        <TextField
          label={t('workshops.correction.onDate')}
          value={values.onDate}
          placeholder={t('ui.form.datePlaceholder')}
          onChange={(value) => set('onDate', value)}
          error={errors.onDate}
          hint={dateHint(values.onDate, locale, t)}
          required
          testId="correction-date"
        />
        <TextField
          label={t('workshops.correction.amount')}
          value={values.amount}
          inputMode="numeric"
          onChange={(value) => set('amount', value)}
          error={errors.amount}
          hint={Number.isFinite(amount) && amount !== 0 ? t(amount > 0 ? 'workshops.correction.adds' : 'workshops.correction.takes', { amount: formatAmount(Math.abs(amount), 'IDR', locale) }) : t('workshops.correction.amountHint')}
          required
          autoFocus
          testId="correction-amount"
        />
        <TextField label={t('workshops.correction.note')} value={values.note} onChange={(value) => set('note', value)} error={errors.note} required maxLength={300} testId="correction-note" />
      </div>
    </RecordFormDialog>
  );
}
