import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Buyer } from '../../../../shared/domain/orders';
import { call } from '../../platform/api/client';
import { RecordFormDialog } from '../../platform/common/RecordFormDialog';
import { useRecordForm } from '../../platform/common/useRecordForm';
import { BuyerFields } from './BuyerFields';
import { buyerToForm, EMPTY_BUYER, formToInput, validateBuyer, type BuyerFormValues } from './buyerFormModel';

interface BuyerFormProps {
  /** null for a new buyer. */
  buyer: Buyer | null;
  onClose(): void;
  onSaved(buyer: Buyer, isNew: boolean): void;
}

/** Add or change one buyer. */
export function BuyerForm({ buyer, onClose, onSaved }: BuyerFormProps) {
  const { t } = useTranslation();
  const validate = useCallback((values: BuyerFormValues, original: Buyer | null) => validateBuyer(values, original, t), [t]);
  const record = useRecordForm<BuyerFormValues, Buyer, Buyer>({
    recordId: buyer?.id ?? null,
    empty: EMPTY_BUYER,
    load: async () => buyer ?? Promise.reject(new Error(t('errors.notFound'))),
    toForm: buyerToForm,
    validate,
    persist: (values, original) => call('buyers:save', formToInput(values, original)),
    onSaved,
  });
  return (
    <RecordFormDialog
      title={record.original ? t('ui.buyerForm.editTitle', { name: record.original.name }) : t('ui.buyerForm.newTitle')}
      formId="buyer-form"
      size="medium"
      record={record}
      onClose={onClose}
    >
      <BuyerFields form={record.form} isNew={buyer === null} />
    </RecordFormDialog>
  );
}
