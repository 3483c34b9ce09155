import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../platform/common/TextAreaField';
import { TextField } from '../../platform/common/TextField';
import type { ValidatedForm } from '../../platform/common/useValidatedForm';
import type { BuyerFormValues } from './buyerFormModel';

/** What the export papers print of the buyer: consignee address and contact, notify party, payment terms. */
export function BuyerPaperFields({ form }: { form: ValidatedForm<BuyerFormValues> }) {
  const { t } = useTranslation();
  const { values, errors, set } = form;
  return (
    <>
      <TextField label={t('ui.buyer.paymentTerms')} value={values.paymentTerms} onChange={(value) => set('paymentTerms', value)} error={errors.paymentTerms} hint={t('ui.buyerForm.paymentTermsHint')} wide testId="buyer-paymentTerms" />
      <TextAreaField label={t('ui.buyer.address')} value={values.address} onChange={(value) => set('address', value)} error={errors.address} rows={2} testId="buyer-address" />
      <TextField label={t('ui.buyer.city')} value={values.city} onChange={(value) => set('city', value)} error={errors.city} testId="buyer-city" />
      <TextField label={t('ui.buyer.postcode')} value={values.postcode} onChange={(value) => set('postcode', value)} error={errors.postcode} testId="buyer-postcode" />
      <TextField label={t('ui.buyer.contact')} value={values.contact} onChange={(value) => set('contact', value)} error={errors.contact} testId="buyer-contact" />
      <TextField label={t('ui.buyer.email')} value={values.email} onChange={(value) => set('email', value)} error={errors.email} inputMode="email" testId="buyer-email" />
      <TextField label={t('ui.buyer.phone')} value={values.phone} onChange={(value) => set('phone', value)} error={errors.phone} inputMode="tel" testId="buyer-phone" />
      <TextAreaField label={t('ui.buyer.notifyParty')} value={values.notifyParty} onChange={(value) => set('notifyParty', value)} error={errors.notifyParty} hint={t('ui.buyerForm.notifyPartyHint')} rows={3} testId="buyer-notifyParty" />
    </>
  );
}
