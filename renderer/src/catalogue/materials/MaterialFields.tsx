import { useTranslation } from 'react-i18next';
import { MATERIAL_CATEGORIES } from '../../../../shared/domain/materials';
import { formatMoney } from '../../../../shared/money';
import { UOMS } from '../../../../shared/units';
import { useApp } from '../../platform/appContext';
import { listChoices, pick, uomChoices } from '../../platform/common/choices';
import { amountForInput } from '../../platform/common/formText';
import { formatQty } from '../../platform/common/format';
import { MoneyField } from '../../platform/common/MoneyField';
import { SelectField } from '../../platform/common/SelectField';
import { TextField } from '../../platform/common/TextField';
import type { ValidatedForm } from '../../platform/common/useValidatedForm';
import { MaterialStockFields } from './MaterialStockFields';
import { unitCostMinor, type MaterialFormValues } from './materialFormModel';

/** What the material is and how it is counted, bought and paid for; the stock levels below. */
export function MaterialFields({ form, isNew }: { form: ValidatedForm<MaterialFormValues>; isNew: boolean }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const { values, errors, set } = form;
  const cost = unitCostMinor(values);
  const factor = amountForInput(values.purchaseFactor);
  return (
    <div className="form-grid">
      <TextField label={t('ui.material.materialCode')} value={values.materialCode} onChange={(value) => set('materialCode', value)} error={errors.materialCode} required autoFocus={isNew} testId="material-materialCode" />
      <TextField label={t('ui.material.name')} value={values.name} onChange={(value) => set('name', value)} error={errors.name} required testId="material-name" />
      <SelectField
        label={t('ui.material.category')}
        value={values.category}
        options={[{ value: '', label: t('ui.form.choose') }, ...listChoices(MATERIAL_CATEGORIES, t, 'ui.materialCategory')]}
        onChange={(value) => set('category', pick(MATERIAL_CATEGORIES, value) ?? '')}
        error={errors.category}
        required
        testId="material-category"
      />
      <SelectField
        label={t('ui.material.uom')}
        value={values.uom}
        options={[{ value: '', label: t('ui.form.choose') }, ...uomChoices(t)]}
        onChange={(value) => set('uom', pick(UOMS, value) ?? '')}
        error={errors.uom}
        hint={t('ui.materialForm.uomHint')}
        required
        testId="material-uom"
      />
      <SelectField
        label={t('ui.material.purchaseUom')}
        value={values.purchaseUom}
        options={uomChoices(t, true)}
        onChange={(value) => set('purchaseUom', pick(UOMS, value) ?? '')}
        hint={t('ui.materialForm.purchaseUomHint')}
        testId="material-purchaseUom"
      />
      {values.purchaseUom ? (
        <TextField
          label={t('ui.material.purchaseFactor', { purchaseUom: values.purchaseUom, uom: values.uom || '…' })}
          value={values.purchaseFactor}
          inputMode="decimal"
          onChange={(value) => set('purchaseFactor', value)}
          error={errors.purchaseFactor}
          hint={factor > 0 ? t('ui.materialForm.factorReads', { purchaseUom: values.purchaseUom, factor: formatQty(factor, locale), uom: values.uom }) : undefined}
          testId="material-purchaseFactor"
        />
      ) : (
        <div />
      )}
      <MoneyField
        label={t('ui.material.unitCost')}
        amount={values.unitCost}
        currency={values.currency}
        onAmount={(value) => set('unitCost', value)}
        onCurrency={(currency) => set('currency', currency)}
        error={errors.unitCost}
        hint={Number.isFinite(cost) && values.unitCost.trim() ? t('ui.materialForm.costReads', { cost: formatMoney(cost, values.currency, locale), uom: values.uom || '…' }) : undefined}
        required
        testId="material-unitCost"
        currencyTestId="material-currency"
      />
      <TextField label={t('ui.material.supplier')} value={values.supplier} onChange={(value) => set('supplier', value)} error={errors.supplier} testId="material-supplier" />
      <MaterialStockFields form={form} />
    </div>
  );
}
