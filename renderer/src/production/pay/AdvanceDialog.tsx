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
  const choices = units.map((unit) => ({ value: unit.unitCode, label: `${unit.unitCode} — ${unit.name}` }));
  return (
    <RecordFormDialog title={t('workshops.advance.title')} formId="advance-form" record={record} onClose={onClose} size="medium">
      <p className="dialog-text muted">{t('workshops.advance.explained')}</p>
      <div className="form-grid">
        <SelectField
          label={t('workshops.advance.unit')}
          value={values.unitCode}
          options={[{ value: '', label: t('ui.form.choose') }, ...choices]}
          onChange={(value) => set('unitCode', value)}
          error={errors.unitCode}
          required
          testId="advance-unit"
        />
        <TextField
          label={t('workshops.advance.paidOn')}
          value={values.paidOn}
          placeholder={t('ui.form.datePlaceholder')}
          onChange={(value) => set('paidOn', value)}
          error={errors.paidOn}
          hint={dateHint(values.paidOn, locale, t)}
          required
          testId="advance-date"
        />
        <TextField
          label={t('workshops.advance.amount')}
          value={values.amount}
          inputMode="numeric"
          onChange={(value) => set('amount', value)}
          error={errors.amount}
          hint={Number.isFinite(amount) && amount > 0 ? t('workshops.advance.amountRead', { amount: formatAmount(amount, 'IDR', locale) }) : undefined}
          required
          autoFocus
          testId="advance-amount"
        />
        <TextField label={t('workshops.advance.note')} value={values.note} onChange={(value) => set('note', value)} error={errors.note} maxLength={300} testId="advance-note" />
      </div>
    </RecordFormDialog>
  );
}
