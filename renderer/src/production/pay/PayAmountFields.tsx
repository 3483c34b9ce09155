import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../../shared/domain/unit';
import { useApp } from '../../platform/appContext';
import { dateHint } from '../../platform/common/dateHint';
import { SelectField } from '../../platform/common/SelectField';
import { TextField } from '../../platform/common/TextField';

/** The four fields an amount of a workshop's pay is recorded with (a kasbon, a correction), as typed. */
export interface PayAmountText {
  unitCode: string;
  date: string;
  amount: string;
  note: string;
}

interface PayAmountFieldsProps {
  units: Unit[];
  values: PayAmountText;
  errors: Partial<Record<keyof PayAmountText, string>>;
  set(field: keyof PayAmountText, value: string): void;
  /** The words of the dialog: `workshops.advance` or `workshops.correction` (unit, date, amount, note). */
  labels: { unit: string; date: string; amount: string; note: string };
  /** What the typed amount reads as, under the field. */
  amountHint: string | undefined;
  isNoteRequired: boolean;
  /** `advance` → advance-unit, advance-date, advance-amount, advance-note. */
  testIdPrefix: string;
}

/** Workshop, date, amount in rupiah and note: the same form for every amount added to or taken from a slip. */
export function PayAmountFields({ units, values, errors, set, labels, amountHint, isNoteRequired, testIdPrefix }: PayAmountFieldsProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const choices = units.map((unit) => ({ value: unit.unitCode, label: `${unit.unitCode} — ${unit.name}` }));
  return (
    <div className="form-grid">
      <SelectField
        label={labels.unit}
        value={values.unitCode}
        options={[{ value: '', label: t('ui.form.choose') }, ...choices]}
        onChange={(value) => set('unitCode', value)}
        error={errors.unitCode}
        required
        testId={`${testIdPrefix}-unit`}
      />
      <TextField
        label={labels.date}
        value={values.date}
        placeholder={t('ui.form.datePlaceholder')}
        onChange={(value) => set('date', value)}
        error={errors.date}
        hint={dateHint(values.date, locale, t)}
        required
        testId={`${testIdPrefix}-date`}
      />
      <TextField
        label={labels.amount}
        value={values.amount}
        inputMode="numeric"
        onChange={(value) => set('amount', value)}
        error={errors.amount}
        hint={amountHint}
        required
        autoFocus
        testId={`${testIdPrefix}-amount`}
      />
      <TextField label={labels.note} value={values.note} onChange={(value) => set('note', value)} error={errors.note} required={isNoteRequired} maxLength={300} testId={`${testIdPrefix}-note`} />
    </div>
  );
}
