import { useTranslation } from 'react-i18next';
import { fobCostsUsed, type FobCost } from '../../../../shared/domain/fob';
import { CONTAINER_LABELS, CONTAINER_TYPES } from '../../../../shared/domain/shipments';
import { useApp } from '../../platform/appContext';
import { dateHint } from '../../platform/common/dateHint';
import { SelectField } from '../../platform/common/SelectField';
import { TextField } from '../../platform/common/TextField';
import type { ValidatedForm } from '../../platform/common/useValidatedForm';
import type { ShipmentFormValues } from './shipmentFormModel';
import type { Currency } from '../../../../shared/money';

interface ShipmentPaperFieldsProps {
  form: ValidatedForm<ShipmentFormValues>;
  buyerIncoterm: string | null;
  currency: Currency;
  /** Costs the incoterm needs that are not entered: each field says so, the FOB value is unknown until it is. */
  missing: readonly FobCost[];
}

const HINTS: Record<FobCost, string | null> = { inlandCost: 'shipments.form.inlandCostHint', freight: 'shipments.form.freightHint', insurance: null };

/**
 * The container booked, the customs declaration (PEB), the bill of lading, the costs the
 * incoterm's FOB value uses (the inland cost to the port for EXW, freight and insurance for C-
 * and D-terms: shared/domain/fob.ts) and the shipping marks.
 */
export function ShipmentPaperFields({ form, buyerIncoterm, currency, missing }: ShipmentPaperFieldsProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const { values, errors, set } = form;
  const incoterm = values.incoterm || buyerIncoterm || 'FOB';
  const used = fobCostsUsed(incoterm);
  // A cost typed under an earlier term stays visible, so that nothing typed is hidden.
  const shown = (['inlandCost', 'freight', 'insurance'] as const).filter((cost) => used.includes(cost) || values[cost].trim() !== '');
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
      {shown.map((cost) => {
        const isMissing = missing.includes(cost);
        const hint = isMissing ? t('shipments.form.missingCost', { incoterm }) : HINTS[cost] ? t(HINTS[cost]) : undefined;
        return (
          <div key={cost} className={isMissing ? 'field-missing' : undefined} data-testid={isMissing ? `shipment-${cost}-missing` : undefined}>
            <TextField label={`${t(`shipments.form.${cost}`)} (${currency})`} value={values[cost]} inputMode="decimal" onChange={(value) => set(cost, value)} error={errors[cost]} hint={hint} testId={`shipment-${cost}`} />
          </div>
        );
      })}
      <TextField label={t('shipments.form.marks')} value={values.marks} onChange={(value) => set('marks', value)} error={errors.marks} hint={t('shipments.form.marksHint')} wide testId="shipment-marks" />
    </div>
  );
}
