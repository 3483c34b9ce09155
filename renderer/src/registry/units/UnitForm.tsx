import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductCategory } from '../../../../shared/domain/centre';
import type { Unit } from '../../../../shared/domain/unit';
import { call } from '../../platform/api/client';
import { RecordFormDialog } from '../../platform/common/RecordFormDialog';
import { useCallData } from '../../platform/common/useCallData';
import { useRecordForm } from '../../platform/common/useRecordForm';
import { UnitFields } from './UnitFields';
import { EMPTY_UNIT, formToInput, unitToForm, validateUnit, type LoadedUnit, type UnitFormValues } from './unitFormModel';
import { UnitHistory } from './UnitHistory';

interface UnitFormProps {
  unitId: number | null;
  categories: ProductCategory[];
  onClose(): void;
  onSaved(unit: Unit, isNew: boolean): void;
}

/** Add or change one business unit; changes of workers, capacity or activity keep their date. */
export function UnitForm({ unitId, categories, onClose, onSaved }: UnitFormProps) {
  const { t } = useTranslation();
  const members = useCallData('members:list', {});
  const owners = useMemo(() => new Map((members.data ?? []).map((member) => [member.memberNo.toLowerCase(), member.name])), [members.data]);
  const memberNumbers = useMemo(() => (members.data ? new Set(owners.keys()) : null), [members.data, owners]);
  const validate = useCallback(
    (values: UnitFormValues, original: LoadedUnit | null) => validateUnit(values, original, memberNumbers, t),
    [memberNumbers, t],
  );
  const record = useRecordForm<UnitFormValues, LoadedUnit, Unit>({
    recordId: unitId,
    empty: EMPTY_UNIT,
    load: (id) => call('units:get', { id }),
    toForm: unitToForm,
    validate,
    persist: (values, original) => call('units:save', formToInput(values, original)),
    onSaved,
  });
  const { original } = record;
  return (
    <RecordFormDialog
      title={original ? t('ui.unitForm.editTitle', { name: original.name }) : t('ui.unitForm.newTitle')}
      formId="unit-form"
      record={record}
      onClose={onClose}
      after={
        <>
          {members.error ? <div className="form-error">{members.error}</div> : null}
          <datalist id="owner-options">
            {(members.data ?? []).map((member) => (
              <option key={member.id} value={member.memberNo}>
                {member.name}
              </option>
            ))}
          </datalist>
          {original ? <UnitHistory history={original.history} /> : null}
        </>
      }
    >
      <UnitFields form={record.form} original={original} categories={categories} owners={owners} />
    </RecordFormDialog>
  );
}
