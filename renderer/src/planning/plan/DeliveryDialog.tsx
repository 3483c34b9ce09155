import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentRow } from '../../../../shared/api/planning';
import type { Delivery } from '../../../../shared/api/production';
import { call } from '../../platform/api/client';
import { useApp } from '../../platform/appContext';
import { dateHint } from '../../platform/common/dateHint';
import { formatNumber } from '../../platform/common/format';
import { RecordFormDialog } from '../../platform/common/RecordFormDialog';
import { TextField } from '../../platform/common/TextField';
import { useRecordForm } from '../../platform/common/useRecordForm';
import { emptyDelivery, formToInput, validateDelivery, type DeliveryFormValues } from './deliveryFormModel';

interface DeliveryDialogProps {
  spk: AssignmentRow;
  today: string;
  onClose(): void;
  onSaved(delivery: Delivery): void;
}

/** "Catat setoran": what a workshop handed in against its SPK, and what QC accepted and rejected. */
export function DeliveryDialog({ spk, today, onClose, onSaved }: DeliveryDialogProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const open = spk.qty - spk.deliveredQty;
  const validate = useCallback((values: DeliveryFormValues) => validateDelivery(values, spk.id, open, t, locale, today), [spk.id, open, t, locale, today]);
  const record = useRecordForm<DeliveryFormValues, never, Delivery>({
    recordId: null,
    empty: emptyDelivery(today),
    validate,
    persist: (values) => call('deliveries:record', formToInput(values, spk.id)),
    onSaved,
  });
  const { values, errors, set } = record.form;
  const fmt = (value: number) => formatNumber(value, locale);
  return (
    <RecordFormDialog title={t('workshops.delivery.title')} formId="delivery-form" record={record} onClose={onClose} size="medium">
      <p className="dialog-text strong" data-testid="delivery-spk">
        {t('workshops.delivery.spk', { orderNo: spk.orderNo, sku: spk.sku, unit: `${spk.unitCode} — ${spk.unitName}` })}
      </p>
      <p className="dialog-text" data-testid="delivery-progress">
        {t('workshops.delivery.progress', {
          qty: fmt(spk.qty), delivered: fmt(spk.deliveredQty), accepted: fmt(spk.deliveredQty - spk.rejectedQty), rejected: fmt(spk.rejectedQty), open: fmt(open),
        })}
      </p>
      {spk.status === 'planned' ? <p className="dialog-text muted">{t('workshops.delivery.notIssued')}</p> : null}
      <div className="form-grid">
        <TextField
          label={t('workshops.delivery.date')}
          value={values.deliveredOn}
          placeholder={t('ui.form.datePlaceholder')}
          onChange={(value) => set('deliveredOn', value)}
          error={errors.deliveredOn}
          hint={dateHint(values.deliveredOn, locale, t)}
          required
          testId="delivery-date"
        />
        <span />
        <TextField label={t('workshops.delivery.accepted')} value={values.accepted} inputMode="numeric" onChange={(value) => set('accepted', value)} error={errors.accepted} autoFocus testId="delivery-accepted" />
        <TextField label={t('workshops.delivery.rejected')} value={values.rejected} inputMode="numeric" onChange={(value) => set('rejected', value)} error={errors.rejected} testId="delivery-rejected" />
        <TextField label={t('workshops.delivery.note')} value={values.note} onChange={(value) => set('note', value)} error={errors.note} maxLength={300} wide testId="delivery-note" />
      </div>
    </RecordFormDialog>
  );
}
