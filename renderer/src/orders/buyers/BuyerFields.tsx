import { useTranslation } from 'react-i18next';
import { BUYER_KINDS, INCOTERMS } from '../../../../shared/domain/orders';
import { CURRENCIES } from '../../../../shared/money';
import { useApp } from '../../platform/appContext';
import { countryChoices, currencyChoices, listChoices, pick } from '../../platform/common/choices';
import { SelectField } from '../../platform/common/SelectField';
import { TextField } from '../../platform/common/TextField';
import type { ValidatedForm } from '../../platform/common/useValidatedForm';
import type { BuyerFormValues } from './buyerFormModel';
import { BuyerPaperFields } from './BuyerPaperFields';

/** Code and name; where the buyer is, what kind of buyer, the terms the orders default to, and what papers print. */
export function BuyerFields({ form, isNew }: { form: ValidatedForm<BuyerFormValues>; isNew: boolean }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const { values, errors, set } = form;
  return (
    <div className="form-grid">
      <TextField label={t('ui.buyer.buyerCode')} value={values.buyerCode} onChange={(value) => set('buyerCode', value)} error={errors.buyerCode} required autoFocus={isNew} testId="buyer-buyerCode" />
      <TextField label={t('ui.buyer.name')} value={values.name} onChange={(value) => set('name', value)} error={errors.name} required testId="buyer-name" />
      <SelectField
        label={t('ui.buyer.country')}
        value={values.country}
        options={countryChoices(locale, t)}
        onChange={(value) => set('country', value)}
        error={errors.country}
        required
        testId="buyer-country"
      />
      <SelectField
        label={t('ui.buyer.kind')}
        value={values.kind}
        options={listChoices(BUYER_KINDS, t, 'ui.buyerKind')}
        onChange={(value) => set('kind', pick(BUYER_KINDS, value) ?? values.kind)}
        error={errors.kind}
        required
        testId="buyer-kind"
      />
      <SelectField
        label={t('ui.buyer.currency')}
        value={values.currency}
        options={currencyChoices()}
        onChange={(value) => set('currency', pick(CURRENCIES, value) ?? values.currency)}
        error={errors.currency}
        hint={t('ui.buyerForm.currencyHint')}
        required
        testId="buyer-currency"
      />
      <SelectField
        label={t('ui.buyer.incoterm')}
        value={values.incoterm}
        options={listChoices(INCOTERMS, t, null, true)}
        onChange={(value) => set('incoterm', pick(INCOTERMS, value) ?? '')}
        error={errors.incoterm}
        hint={t('ui.buyerForm.incotermHint')}
        testId="buyer-incoterm"
      />
      <TextField label={t('ui.buyer.incotermPlace')} value={values.incotermPlace} onChange={(value) => set('incotermPlace', value)} error={errors.incotermPlace} hint={t('ui.buyerForm.incotermPlaceHint')} testId="buyer-incotermPlace" />
      <TextField label={t('ui.buyer.portOfDischarge')} value={values.portOfDischarge} onChange={(value) => set('portOfDischarge', value)} error={errors.portOfDischarge} testId="buyer-portOfDischarge" />
      <BuyerPaperFields form={form} />
    </div>
  );
}
