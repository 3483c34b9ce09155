import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../platform/appContext';
import { dateHint } from '../platform/common/dateHint';
import { TextField } from '../platform/common/TextField';
import type { ValidatedForm } from '../platform/common/useValidatedForm';
import type { PurchaseFormValues } from './purchaseFormModel';

interface PurchaseHeaderFieldsProps {
  form: ValidatedForm<PurchaseFormValues>;
  /** Suppliers already known (from materials and earlier orders), offered as the user types. */
  suppliers: string[];
  isNew: boolean;
}

/** To whom, under which number, ordered when, expected when, and a note for the supplier. */
export function PurchaseHeaderFields({ form, suppliers, isNew }: PurchaseHeaderFieldsProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const listId = useId();
  const { values, errors, set } = form;
  return (
    <div className="form-grid">
      {isNew ? (
        <TextField label={t('purchasing.form.poNo')} value={values.poNo} onChange={(value) => set('poNo', value)} error={errors.poNo} hint={t('purchasing.form.poNoHint')} testId="po-poNo" />
      ) : (
        <div className="field">
          <span className="field-label">{t('purchasing.form.poNo')}</span>
          <div className="po-number" data-testid="po-number">{values.poNo}</div>
        </div>
      )}
      <TextField
        label={t('purchasing.form.supplier')}
        value={values.supplier}
        onChange={(value) => set('supplier', value)}
        error={errors.supplier}
        hint={t('purchasing.form.supplierHint')}
        list={listId}
        required
        autoFocus={isNew}
        testId="po-supplier"
      />
      <datalist id={listId}>
        {suppliers.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <TextField
        label={t('purchasing.form.orderDate')}
        value={values.orderDate}
        placeholder={t('ui.form.datePlaceholder')}
        onChange={(value) => set('orderDate', value)}
        error={errors.orderDate}
        hint={dateHint(values.orderDate, locale, t)}
        required
        testId="po-orderDate"
      />
      <TextField
        label={t('purchasing.form.expectedOn')}
        value={values.expectedOn}
        placeholder={t('ui.form.datePlaceholder')}
        onChange={(value) => set('expectedOn', value)}
        error={errors.expectedOn}
        hint={dateHint(values.expectedOn, locale, t, t('purchasing.form.expectedHint'))}
        required
        testId="po-expectedOn"
      />
      <TextField label={t('purchasing.form.note')} value={values.note} onChange={(value) => set('note', value)} error={errors.note} wide testId="po-note" />
    </div>
  );
}
