import { useTranslation } from 'react-i18next';
import type { ProductCategory } from '../../../../shared/domain/centre';
import { useApp } from '../../platform/appContext';
import { countryChoices } from '../../platform/common/choices';
import { SelectField } from '../../platform/common/SelectField';
import { TextField } from '../../platform/common/TextField';
import type { ValidatedForm } from '../../platform/common/useValidatedForm';
import type { ExportFormValues } from './exportFormModel';

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1));

/** Month and year, destination, category with its standard HS code offered, and the FOB value in dollars. */
export function ExportRowFields({ form, categories, isNew }: { form: ValidatedForm<ExportFormValues>; categories: ProductCategory[]; isNew: boolean }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const { values, errors, set } = form;
  const category = categories.find((candidate) => candidate.code === values.category);
  return (
    <div className="form-grid">
      <SelectField
        label={t('exports.columns.month')}
        value={values.month}
        options={MONTHS.map((month) => ({ value: month, label: t(`exports.month.${month}`) }))}
        onChange={(value) => set('month', value)}
        error={errors.month}
        required
        testId="export-month"
      />
      <TextField label={t('exports.columns.year')} value={values.year} inputMode="numeric" maxLength={4} onChange={(value) => set('year', value)} error={errors.year} required testId="export-year" />
      <SelectField
        label={t('exports.columns.country')}
        value={values.country}
        options={countryChoices(locale, t)}
        onChange={(value) => set('country', value)}
        error={errors.country}
        required
        testId="export-country"
      />
      <SelectField
        label={t('exports.columns.category')}
        value={values.category}
        options={[
          { value: '', label: t('ui.form.choose') },
          ...categories.map((candidate) => ({ value: candidate.code, label: locale === 'en' ? candidate.nameEn : candidate.nameId })),
        ]}
        onChange={(value) => {
          set('category', value);
          // The category's standard code is the usual answer; a code already typed is kept.
          const chosen = categories.find((candidate) => candidate.code === value);
          if (chosen && values.hsCode.trim() === '') set('hsCode', chosen.hsCode);
        }}
        error={errors.category}
        required
        testId="export-category"
      />
      <TextField
        label={t('exports.columns.hs_code')}
        value={values.hsCode}
        onChange={(value) => set('hsCode', value)}
        error={errors.hsCode}
        hint={category ? t('ui.exports.hsSuggested', { code: category.hsCode }) : t('ui.exports.hsHint')}
        required
        testId="export-hsCode"
      />
      <TextField
        label={t('exports.columns.fob_usd')}
        value={values.fobUsd}
        inputMode="decimal"
        onChange={(value) => set('fobUsd', value)}
        error={errors.fobUsd}
        hint={t('ui.exports.fobHint')}
        required
        autoFocus={!isNew}
        testId="export-fobUsd"
      />
    </div>
  );
}
