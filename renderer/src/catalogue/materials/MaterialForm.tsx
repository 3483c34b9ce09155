import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Material } from '../../../../shared/domain/materials';
import { call } from '../../platform/api/client';
import { RecordFormDialog } from '../../platform/common/RecordFormDialog';
import { useRecordForm } from '../../platform/common/useRecordForm';
import { MaterialFields } from './MaterialFields';
import { EMPTY_MATERIAL, formToInput, materialToForm, validateMaterial, type MaterialFormValues } from './materialFormModel';

interface MaterialFormProps {
  /** null for a new material. */
  material: Material | null;
  onClose(): void;
  onSaved(material: Material, isNew: boolean): void;
}

/** Add or change one material; its stock moves only through the ledger (Catat mutasi). */
export function MaterialForm({ material, onClose, onSaved }: MaterialFormProps) {
  const { t } = useTranslation();
  const validate = useCallback((values: MaterialFormValues, original: Material | null) => validateMaterial(values, original, t), [t]);
  const record = useRecordForm<MaterialFormValues, Material, Material>({
    recordId: material?.id ?? null,
    empty: EMPTY_MATERIAL,
    load: async () => material ?? Promise.reject(new Error(t('errors.notFound'))),
    toForm: materialToForm,
    validate,
    persist: (values, original) => call('materials:save', formToInput(values, original)),
    onSaved,
  });
  return (
    <RecordFormDialog
      title={record.original ? t('ui.materialForm.editTitle', { name: record.original.name }) : t('ui.materialForm.newTitle')}
      formId="material-form"
      record={record}
      onClose={onClose}
    >
      <MaterialFields form={record.form} isNew={material === null} />
    </RecordFormDialog>
  );
}
