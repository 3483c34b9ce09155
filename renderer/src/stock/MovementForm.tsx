import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Material, StockMovement } from '../../../shared/domain/materials';
import { call } from '../platform/api/client';
import { RecordFormDialog } from '../platform/common/RecordFormDialog';
import { useCallData } from '../platform/common/useCallData';
import { useRecordForm } from '../platform/common/useRecordForm';
import { MovementFields } from './MovementFields';
import { emptyMovement, formToInput, validateMovement, type MovementFormValues } from './movementFormModel';

interface MovementFormProps {
  materials: Material[];
  /** The material selected in the table, if any. */
  materialCode: string;
  today: string;
  onClose(): void;
  onSaved(movement: StockMovement): void;
}

/** Catat mutasi: one line of the stock ledger; a refusal (stock would go negative) lands on the quantity. */
export function MovementForm({ materials, materialCode, today, onClose, onSaved }: MovementFormProps) {
  const { t } = useTranslation();
  const units = useCallData('units:list', {});
  const activeFirst = useMemo(() => [...(units.data ?? [])].sort((a, b) => Number(b.isActive) - Number(a.isActive) || a.unitCode.localeCompare(b.unitCode)), [units.data]);
  const validate = useCallback((values: MovementFormValues) => validateMovement(values, t), [t]);
  const record = useRecordForm<MovementFormValues, never, StockMovement>({
    recordId: null,
    empty: emptyMovement(materialCode, today),
    validate,
    persist: (values) => call('stock:record', formToInput(values)),
    onSaved: (movement) => onSaved(movement),
  });
  return (
    <RecordFormDialog title={t('ui.movement.title')} formId="movement-form" record={record} onClose={onClose} size="medium">
      {units.error ? <div className="form-error">{units.error}</div> : null}
      <MovementFields form={record.form} materials={materials} units={activeFirst} />
    </RecordFormDialog>
  );
}
