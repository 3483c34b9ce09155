import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { CALENDAR_KINDS, type CalendarPeriod } from '../../../../shared/api/planning';
import { call } from '../../platform/api/client';
import { useApp } from '../../platform/appContext';
import { listChoices } from '../../platform/common/choices';
import { dateHint } from '../../platform/common/dateHint';
import { RecordFormDialog } from '../../platform/common/RecordFormDialog';
import { SelectField } from '../../platform/common/SelectField';
import { TextField } from '../../platform/common/TextField';
import { useRecordForm } from '../../platform/common/useRecordForm';
import { emptyPeriod, formToInput, periodToForm, validatePeriod, withKind, type CalendarFormValues } from './calendarFormModel';

interface CalendarFormProps {
  period: CalendarPeriod | null;
  today: string;
  onClose(): void;
  onSaved(period: CalendarPeriod, isNew: boolean): void;
}

/** A holiday, Lebaran, Ramadan or overtime stretch, and how much of the workshops' capacity it leaves. */
export function CalendarForm({ period, today, onClose, onSaved }: CalendarFormProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const validate = useCallback((values: CalendarFormValues) => validatePeriod(values, t), [t]);
  const record = useRecordForm<CalendarFormValues, never, CalendarPeriod>({
    recordId: null,
    empty: period ? periodToForm(period) : emptyPeriod(today),
    validate,
    persist: (values) => call('calendar:save', formToInput(values, period?.id)),
    onSaved: (saved) => onSaved(saved, period === null),
  });
  const { values, errors, set, replace } = record.form;
  return (
    <RecordFormDialog title={t(period ? 'ui.calendar.editTitle' : 'ui.calendar.newTitle')} formId="calendar-form" record={record} onClose={onClose} size="medium">
      <div className="form-grid">
        <TextField label={t('ui.calendar.startsOn')} value={values.startsOn} placeholder={t('ui.form.datePlaceholder')} onChange={(value) => set('startsOn', value)} error={errors.startsOn} hint={dateHint(values.startsOn, locale, t)} required testId="calendar-startsOn" />
        <TextField label={t('ui.calendar.endsOn')} value={values.endsOn} placeholder={t('ui.form.datePlaceholder')} onChange={(value) => set('endsOn', value)} error={errors.endsOn} hint={dateHint(values.endsOn, locale, t)} required testId="calendar-endsOn" />
        <SelectField label={t('ui.calendar.kind')} value={values.kind} options={listChoices(CALENDAR_KINDS, t, 'ui.calendarKind')} onChange={(value) => replace(withKind(values, value))} required testId="calendar-kind" />
        <TextField label={t('ui.calendar.capacityPct')} value={values.capacityPct} inputMode="numeric" onChange={(value) => set('capacityPct', value)} error={errors.capacityPct} hint={t('ui.calendar.capacityHint')} required testId="calendar-capacityPct" />
        <TextField label={t('ui.calendar.name')} value={values.name} onChange={(value) => set('name', value)} error={errors.name} required wide testId="calendar-name" />
      </div>
    </RecordFormDialog>
  );
}
