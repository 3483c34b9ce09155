import { useTranslation } from 'react-i18next';
import { TextField } from '../../platform/common/TextField';
import type { ValidatedForm } from '../../platform/common/useValidatedForm';
import type { MaterialFormValues } from './materialFormModel';

type StockField = 'leadTimeDays' | 'minOrderQty' | 'reorderPoint' | 'safetyStock';

/** Buying rules the materials plan follows: lead time, minimum order, reorder point, safety stock. */
export function MaterialStockFields({ form }: { form: ValidatedForm<MaterialFormValues> }) {
  const { t } = useTranslation();
  const { values, errors, set } = form;
  const unit = values.uom || '…';

  function field(name: StockField, hint: string, required = false) {
    return (
      <TextField
        label={t(`ui.material.${name}`)}
        value={values[name]}
        inputMode="decimal"
        onChange={(value) => set(name, value)}
        error={errors[name]}
        hint={hint}
        required={required}
        testId={`material-${name}`}
      />
    );
  }

  return (
    <fieldset className="field-wide form-subsection">
      <legend>{t('ui.materialForm.buying')}</legend>
      <div className="form-grid cols-4">
        {field('leadTimeDays', t('ui.materialForm.leadTimeHint'), true)}
        {field('minOrderQty', t('ui.materialForm.inUnit', { uom: unit }))}
        {field('reorderPoint', t('ui.materialForm.reorderHint', { uom: unit }))}
        {field('safetyStock', t('ui.materialForm.inUnit', { uom: unit }))}
      </div>
    </fieldset>
  );
}
