import { useTranslation } from 'react-i18next';
import { OUTER_MATERIALS } from '../../../../shared/domain/catalogue';
import type { ProductCategory } from '../../../../shared/domain/centre';
import { formatMoney } from '../../../../shared/money';
import { UOMS } from '../../../../shared/units';
import { useApp } from '../../platform/appContext';
import { listChoices, pick, uomChoices } from '../../platform/common/choices';
import { formatNumber } from '../../platform/common/format';
import { numberForInput } from '../../platform/common/formText';
import { MoneyField } from '../../platform/common/MoneyField';
import { SelectField } from '../../platform/common/SelectField';
import { TextField } from '../../platform/common/TextField';
import type { ValidatedForm } from '../../platform/common/useValidatedForm';
import { categoryName } from './categoryName';
import { CartonFields } from './CartonFields';
import { suggestHsCode } from './hsCode';
import { priceMinor, type ProductFormValues } from './productFormModel';

interface ProductFieldsProps {
  form: ValidatedForm<ProductFormValues>;
  categories: ProductCategory[];
  isNew: boolean;
}

/** What the product is, how it is declared at customs, how long it takes, how it is packed, what it sells for. */
export function ProductFields({ form, categories, isNew }: ProductFieldsProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const { values, errors, set } = form;
  const category = categories.find((option) => option.code === values.category);
  const suggestion = category ? suggestHsCode(category.hsCode, values.outerMaterial) : null;
  const minutes = Number(values.labourMinutes);
  const price = priceMinor(values);
  const pieceRate = values.pieceRate.trim() === '' ? null : numberForInput(values.pieceRate);

  /** `= 5 jam per pcs`, `= 1 jam 30 menit per pcs`: minutes as a sewing room counts them. */
  function labourHint(total: number): string {
    const hours = formatNumber(Math.floor(total / 60), locale);
    if (total < 60) return t('ui.productForm.minutesOnly', { minutes: total });
    return total % 60 === 0 ? t('ui.productForm.hoursOnly', { hours }) : t('ui.productForm.hours', { hours, minutes: total % 60 });
  }

  /** A new category or outer material moves the HS code along, unless it was typed by hand. */
  function follow(next: Pick<ProductFormValues, 'category' | 'outerMaterial'>) {
    const nextCategory = categories.find((option) => option.code === next.category);
    if (!nextCategory) return;
    if (values.hsCode.trim() === '' || values.hsCode === suggestion) set('hsCode', suggestHsCode(nextCategory.hsCode, next.outerMaterial));
  }

  return (
    <div className="form-grid">
      <TextField label={t('ui.product.sku')} value={values.sku} onChange={(value) => set('sku', value)} error={errors.sku} required autoFocus={isNew} testId="product-sku" />
      <TextField label={t('ui.product.name')} value={values.name} onChange={(value) => set('name', value)} error={errors.name} required testId="product-name" />
      <TextField
        label={t('exporter.product.nameEn')}
        value={values.nameEn}
        onChange={(value) => set('nameEn', value)}
        error={errors.nameEn}
        hint={t('exporter.product.nameEnHint')}
        wide
        testId="product-nameEn"
      />
      <TextField
        label={t('exporter.product.composition')}
        value={values.composition}
        onChange={(value) => set('composition', value)}
        error={errors.composition}
        hint={t('exporter.product.compositionHint')}
        wide
        testId="product-composition"
      />
      <SelectField
        label={t('ui.product.category')}
        value={values.category}
        options={[{ value: '', label: t('ui.form.choose') }, ...categories.map((option) => ({ value: option.code, label: categoryName(option, option.code, locale) }))]}
        onChange={(value) => {
          set('category', value);
          follow({ category: value, outerMaterial: values.outerMaterial });
        }}
        error={errors.category}
        required
        testId="product-category"
      />
      <SelectField
        label={t('ui.product.outerMaterial')}
        value={values.outerMaterial}
        options={listChoices(OUTER_MATERIALS, t, 'ui.outerMaterial', true)}
        onChange={(value) => {
          const outerMaterial = pick(OUTER_MATERIALS, value) ?? '';
          set('outerMaterial', outerMaterial);
          follow({ category: values.category, outerMaterial });
        }}
        hint={t('ui.productForm.outerMaterialHint')}
        testId="product-outerMaterial"
      />
      <TextField
        label={t('ui.product.hsCode')}
        value={values.hsCode}
        onChange={(value) => set('hsCode', value)}
        error={errors.hsCode}
        hint={suggestion ? t('ui.productForm.hsSuggestion', { code: suggestion }) : t('ui.productForm.hsHint')}
        required
        testId="product-hsCode"
      />
      <SelectField label={t('ui.product.uom')} value={values.uom} options={uomChoices(t)} onChange={(value) => set('uom', pick(UOMS, value) ?? values.uom)} testId="product-uom" />
      <TextField
        label={t('ui.product.labourMinutes')}
        value={values.labourMinutes}
        inputMode="numeric"
        onChange={(value) => set('labourMinutes', value)}
        error={errors.labourMinutes}
        hint={minutes > 0 ? labourHint(minutes) : t('ui.productForm.labourHint')}
        required
        testId="product-labourMinutes"
      />
      <MoneyField
        label={t('ui.product.price')}
        amount={values.price}
        currency={values.currency}
        onAmount={(value) => set('price', value)}
        onCurrency={(currency) => set('currency', currency)}
        error={errors.price}
        hint={Number.isFinite(price) && values.price.trim() ? t('ui.form.savedAs', { value: formatMoney(price, values.currency, locale) }) : undefined}
        required
        testId="product-price"
        currencyTestId="product-currency"
      />
      <TextField
        label={t('workshops.rate.productLabel')}
        value={values.pieceRate}
        inputMode="numeric"
        onChange={(value) => set('pieceRate', value)}
        error={errors.pieceRate}
        hint={pieceRate === null || !Number.isFinite(pieceRate) ? t('workshops.rate.productHint') : t('workshops.rate.productSavedAs', { amount: formatMoney(pieceRate, 'IDR', locale) })}
        testId="product-pieceRate"
      />
      <CartonFields form={form} />
    </div>
  );
}
