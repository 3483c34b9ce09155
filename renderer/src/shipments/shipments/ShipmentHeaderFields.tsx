import { useTranslation } from 'react-i18next';
import type { Buyer } from '../../../../shared/domain/orders';
import { INCOTERMS } from '../../../../shared/domain/orders';
import { DEFAULT_PORT_OF_LOADING } from '../../../../shared/domain/shipments';
import { useApp } from '../../platform/appContext';
import { countryChoices, countryName } from '../../platform/common/choices';
import { dateHint } from '../../platform/common/dateHint';
import { SelectField } from '../../platform/common/SelectField';
import { TextField } from '../../platform/common/TextField';
import type { ValidatedForm } from '../../platform/common/useValidatedForm';
import type { ShipmentFormValues } from './shipmentFormModel';

/** F- and E-terms name the place where the goods leave; the others name the destination. */
const PLACE_AT_ORIGIN = new Set(['EXW', 'FCA', 'FAS', 'FOB']);

interface ShipmentHeaderFieldsProps {
  form: ValidatedForm<ShipmentFormValues>;
  buyers: Buyer[];
  isNew: boolean;
}

/** Who the goods go to, under which number and terms, from where to where and when. */
export function ShipmentHeaderFields({ form, buyers, isNew }: ShipmentHeaderFieldsProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const { values, errors, set } = form;
  const buyer = buyers.find((candidate) => candidate.buyerCode === values.buyerCode);
  const exporters = buyers.filter((candidate) => candidate.kind === 'export' || candidate.buyerCode === values.buyerCode);
  const date = (field: 'invoiceDate' | 'etd' | 'eta', label: string, testId: string) => (
    <TextField label={label} value={values[field]} placeholder={t('shipments.form.dateHint')} onChange={(value) => set(field, value)} error={errors[field]} hint={dateHint(values[field], locale, t)} testId={testId} />
  );
  return (
    <div className="form-grid shipment-grid">
      <TextField label={t('shipments.form.shipmentNo')} value={values.shipmentNo} onChange={(value) => set('shipmentNo', value)} error={errors.shipmentNo} required autoFocus={isNew} testId="shipment-no" />
      <SelectField
        label={t('shipments.form.buyer')}
        value={values.buyerCode}
        options={[
          { value: '', label: t('shipments.form.chooseBuyer') },
          ...exporters.map((option) => ({ value: option.buyerCode, label: `${option.name} (${option.buyerCode}, ${countryName(option.country, locale)})` })),
        ]}
        onChange={(code) => set('buyerCode', code)}
        error={errors.buyerCode}
        required
        testId="shipment-buyer"
      />
      {date('invoiceDate', t('shipments.form.invoiceDate'), 'shipment-invoiceDate')}
      <SelectField
        label={t('shipments.form.incoterm')}
        value={values.incoterm}
        options={[{ value: '', label: t('shipments.form.buyerDefault', { term: buyer?.incoterm ?? 'FOB' }) }, ...INCOTERMS.map((term) => ({ value: term, label: term }))]}
        onChange={(value) => set('incoterm', value)}
        error={errors.incoterm}
        testId="shipment-incoterm"
      />
      <TextField label={t('shipments.form.incotermPlace')} value={values.incotermPlace} placeholder={PLACE_AT_ORIGIN.has(values.incoterm || buyer?.incoterm || 'FOB') ? 'Surabaya' : values.portOfDischarge} onChange={(value) => set('incotermPlace', value)} error={errors.incotermPlace} testId="shipment-incotermPlace" />
      <TextField label={t('shipments.form.portOfLoading')} value={values.portOfLoading} placeholder={DEFAULT_PORT_OF_LOADING} onChange={(value) => set('portOfLoading', value)} error={errors.portOfLoading} testId="shipment-portOfLoading" />
      <TextField label={t('shipments.form.portOfDischarge')} value={values.portOfDischarge} placeholder="Los Angeles (USLAX)" onChange={(value) => set('portOfDischarge', value)} error={errors.portOfDischarge} testId="shipment-portOfDischarge" />
      <SelectField
        label={t('shipments.form.country')}
        value={values.country || buyer?.country || ''}
        options={countryChoices(locale, t)}
        onChange={(value) => set('country', value)}
        error={errors.country}
        testId="shipment-country"
      />
      {date('etd', t('shipments.form.etd'), 'shipment-etd')}
      {date('eta', t('shipments.form.eta'), 'shipment-eta')}
    </div>
  );
}
