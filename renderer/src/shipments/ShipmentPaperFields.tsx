import { useTranslation } from 'react-i18next';
import { CONTAINER_LABELS, CONTAINER_TYPES } from '../../../shared/domain/shipments';
import { useApp } from '../app/appContext';
import { dateHint } from '../common/dateHint';
import { SelectField } from '../common/SelectField';
import { TextField } from '../common/TextField';
import type { ValidatedForm } from '../common/useValidatedForm';
import type { ShipmentFormValues } from './shipmentFormModel';

/** Terms under which freight and insurance are in the price, and come off it to give the FOB value. */
const FREIGHT_IN_PRICE = new Set(['CFR', 'CIF', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP']);

/** The container booked, the customs declaration (PEB), the bill of lading, freight and the shipping marks. */
export function ShipmentPaperFields({ form, buyerIncoterm, currency }: { form: ValidatedForm<ShipmentFormValues>; buyerIncoterm: string | null; currency: string }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const { values, errors, set } = form;
  const incoterm = values.incoterm || buyerIncoterm || 'FOB';
  const showsFreight = FREIGHT_IN_PRICE.has(incoterm) || values.freight.trim() !== '' || values.insurance.trim() !== '';
  return (
    <div className="form-grid shipment-grid">
      <SelectField
        label={t('shipments.form.container')}
        value={values.containerType}
        options={[{ value: '', label: t('shipments.form.containerNone') }, ...CONTAINER_TYPES.map((type) => ({ value: type, label: CONTAINER_LABELS[type] }))]}
        onChange={(value) => set('containerType', value)}
        error={errors.containerType}
        testId="shipment-container"
      />
      <TextField label={t('shipments.form.containerCount')} value={values.containerCount} inputMode="numeric" onChange={(value) => set('containerCount', value)} error={errors.containerCount} testId="shipment-containerCount" />
      <TextField label={t('shipments.form.pebNo')} value={values.pebNo} onChange={(value) => set('pebNo', value)} error={errors.pebNo} testId="shipment-pebNo" />
      <TextField label={t('shipments.form.pebDate')} value={values.pebDate} placeholder={t('shipments.form.dateHint')} onChange={(value) => set('pebDate', value)} error={errors.pebDate} hint={dateHint(values.pebDate, locale, t)} testId="shipment-pebDate" />
      <TextField label={t('shipments.form.blNo')} value={values.blNo} onChange={(value) => set('blNo', value)} error={errors.blNo} testId="shipment-blNo" />
      {showsFreight ? (
        <>
          <TextField label={`${t('shipments.form.freight')} (${currency})`} value={values.freight} inputMode="decimal" onChange={(value) => set('freight', value)} error={errors.freight} hint={t('shipments.form.freightHint')} testId="shipment-freight" />
          <TextField label={`${t('shipments.form.insurance')} (${currency})`} value={values.insurance} inputMode="decimal" onChange={(value) => set('insurance', value)} error={errors.insurance} testId="shipment-insurance" />
        </>
      ) : null}
      <TextField label={t('shipments.form.marks')} value={values.marks} onChange={(value) => set('marks', value)} error={errors.marks} hint={t('shipments.form.marksHint')} wide testId="shipment-marks" />
    </div>
  );
}
