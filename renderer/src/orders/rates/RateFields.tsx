import { useTranslation } from 'react-i18next';
import { CURRENCIES } from '../../../../shared/money';
import { useApp } from '../../platform/appContext';
import { currencyChoices, pick } from '../../platform/common/choices';
import { dateHint } from '../../platform/common/dateHint';
import { amountForInput } from '../../platform/common/formText';
import { formatNumber } from '../../platform/common/format';
import { SelectField } from '../../platform/common/SelectField';
import { TextField } from '../../platform/common/TextField';
import type { ValidatedForm } from '../../platform/common/useValidatedForm';
import type { RateFormValues } from './rateFormModel';

/** A rate as a bank or Bank Indonesia quotes it: rupiah for one unit of the currency, from a date. */
export function RateFields({ form }: { form: ValidatedForm<RateFormValues> }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const { values, errors, set } = form;
  const rate = amountForInput(values.idrPerUnit);
  return (
    <div className="form-grid cols-4">
      <SelectField
        label={t('ui.rate.currency')}
        value={values.currency}
        options={currencyChoices().filter((choice) => choice.value !== 'IDR')}
        onChange={(value) => set('currency', pick(CURRENCIES, value) ?? values.currency)}
        testId="rate-currency"
      />
      <TextField label={t('ui.rate.validOn')} value={values.validOn} placeholder={t('ui.form.datePlaceholder')} onChange={(value) => set('validOn', value)} error={errors.validOn} hint={dateHint(values.validOn, locale, t)} required testId="rate-validOn" />
      <TextField
        label={t('ui.rate.idrPerUnit', { currency: values.currency })}
        value={values.idrPerUnit}
        inputMode="decimal"
        onChange={(value) => set('idrPerUnit', value)}
        error={errors.idrPerUnit}
        hint={rate > 0 ? t('ui.rate.reads', { currency: values.currency, rate: formatNumber(rate, locale) }) : t('ui.rate.hint')}
        required
        testId="rate-idrPerUnit"
      />
      <TextField label={t('ui.rate.source')} value={values.source} onChange={(value) => set('source', value)} error={errors.source} hint={t('ui.rate.sourceHint')} testId="rate-source" />
    </div>
  );
}
