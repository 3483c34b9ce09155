import { useTranslation } from 'react-i18next';
import { useApp } from '../../platform/appContext';
import { amountForInput } from '../../platform/common/formText';
import { formatQty } from '../../platform/common/format';
import { TextField } from '../../platform/common/TextField';
import type { ValidatedForm } from '../../platform/common/useValidatedForm';
import type { ProductFormValues } from './productFormModel';

type CartonField = 'cartonQty' | 'cartonLengthCm' | 'cartonWidthCm' | 'cartonHeightCm' | 'cartonGrossKg';

/** The master carton: how many pieces, its size and weight — what a packing list and a container plan need. */
export function CartonFields({ form }: { form: ValidatedForm<ProductFormValues> }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const { values, errors, set } = form;
  const sides = [values.cartonLengthCm, values.cartonWidthCm, values.cartonHeightCm].map(amountForInput);
  const volume = sides.every((side) => side > 0) ? (sides[0] * sides[1] * sides[2]) / 1_000_000 : null;

  function field(name: CartonField, extra: { required?: boolean; hint?: string } = {}) {
    return (
      <TextField
        label={t(`ui.product.${name}`)}
        value={values[name]}
        inputMode="decimal"
        onChange={(value) => set(name, value)}
        error={errors[name]}
        testId={`product-${name}`}
        {...extra}
      />
    );
  }

  return (
    <fieldset className="field-wide form-subsection">
      <legend>{t('ui.productForm.carton')}</legend>
      <div className="form-grid cols-5">
        {field('cartonQty', { required: true })}
        {field('cartonLengthCm')}
        {field('cartonWidthCm')}
        {field('cartonHeightCm')}
        {field('cartonGrossKg')}
      </div>
      <div className="field-hint" data-testid="product-carton-volume">
        {volume !== null ? t('ui.productForm.cartonVolume', { volume: formatQty(volume, locale) }) : t('ui.productForm.cartonHint')}
      </div>
    </fieldset>
  );
}
