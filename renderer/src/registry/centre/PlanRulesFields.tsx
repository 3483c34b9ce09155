import { useTranslation } from 'react-i18next';
import { TextField } from '../../platform/common/TextField';
import type { ValidatedForm } from '../../platform/common/useValidatedForm';
import type { CentreFormValues } from './centreFormModel';

/** The centre's rules for the production plan and its SPKs: people's working week, members first, the rate a minute. */
export function PlanRulesFields({ form }: { form: ValidatedForm<CentreFormValues> }) {
  const { t } = useTranslation();
  return (
    <fieldset className="form-section" data-testid="centre-plan-rules">
      <legend>{t('ui.centre.group.plan')}</legend>
      <div className="form-grid">
        <TextField
          label={t('ui.centre.field.workHoursPerWeek')}
          value={form.values.workHoursPerWeek}
          inputMode="numeric"
          onChange={(value) => form.set('workHoursPerWeek', value)}
          error={form.errors.workHoursPerWeek}
          hint={t('ui.centre.workHoursHint')}
          required
          testId="centre-workHoursPerWeek"
        />
        <TextField
          label={t('ui.centre.field.ratePerMinute')}
          value={form.values.ratePerMinute}
          inputMode="numeric"
          onChange={(value) => form.set('ratePerMinute', value)}
          error={form.errors.ratePerMinute}
          hint={t('ui.centre.ratePerMinuteHint')}
          required
          testId="centre-ratePerMinute"
        />
        <div className="field field-checkbox">
          <label>
            <input type="checkbox" checked={form.values.membersFirst} onChange={(event) => form.set('membersFirst', event.target.checked)} data-testid="centre-membersFirst" />
            {t('ui.centre.field.membersFirst')}
          </label>
          <div className="field-hint">{t('ui.centre.membersFirstHint')}</div>
        </div>
      </div>
    </fieldset>
  );
}
