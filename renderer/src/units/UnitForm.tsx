import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductCategory } from '../../../shared/domain/centre';
import type { Member } from '../../../shared/domain/member';
import type { Unit, UnitStateChange } from '../../../shared/domain/unit';
import { call } from '../api/client';
import { Dialog } from '../common/Dialog';
import { errorMessage } from '../common/format';
import { FormFooter } from '../common/FormFooter';
import { useValidatedForm } from '../common/useValidatedForm';
import { serverFieldErrors } from '../common/validation';
import { UnitFields } from './UnitFields';
import { EMPTY_UNIT, formToInput, unitToForm, validateUnit, type UnitFormValues } from './unitFormModel';
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
  const [original, setOriginal] = useState<Unit | null>(null);
  const [history, setHistory] = useState<UnitStateChange[]>([]);
  const [members, setMembers] = useState<Member[] | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const owners = useMemo(() => new Map((members ?? []).map((member) => [member.memberNo.toLowerCase(), member.name])), [members]);
  const memberNumbers = useMemo(() => (members ? new Set(owners.keys()) : null), [members, owners]);
  const validate = useCallback((values: UnitFormValues) => validateUnit(values, original, memberNumbers, t), [original, memberNumbers, t]);
  const form = useValidatedForm(EMPTY_UNIT, validate);
  const { replace } = form;

  useEffect(() => {
    call('members:list', {})
      .then(setMembers)
      .catch((error: unknown) => setFormError(errorMessage(error)));
    if (unitId === null) return;
    call('units:get', { id: unitId })
      .then(({ history: changes, ...unit }) => {
        setOriginal(unit);
        setHistory(changes);
        replace(unitToForm(unit));
      })
      .catch((error: unknown) => setFormError(errorMessage(error)));
  }, [unitId, replace]);

  async function save() {
    if (!form.submit()) return;
    setIsSaving(true);
    setFormError(null);
    try {
      const saved = await call('units:save', formToInput(form.values, original));
      onSaved(saved, original === null);
    } catch (error) {
      const fields = serverFieldErrors(error);
      if (fields) form.setServerErrors(fields);
      else setFormError(errorMessage(error));
      setIsSaving(false);
    }
  }

  const isLoading = unitId !== null && original === null && formError === null;
  return (
    <Dialog
      title={original ? t('ui.unitForm.editTitle', { name: original.name }) : t('ui.unitForm.newTitle')}
      onClose={onClose}
      testId="unit-form"
      size="large"
      footer={<FormFooter formId="unit-form" isSaving={isSaving} onCancel={onClose} hasErrors={form.showsErrors} />}
    >
      <form
        id="unit-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {formError ? (
          <div className="form-error" role="alert" data-testid="unit-form-error">
            {formError}
          </div>
        ) : null}
        {isLoading ? <p>{t('ui.common.loading')}</p> : <UnitFields form={form} original={original} categories={categories} owners={owners} />}
        <datalist id="owner-options">
          {(members ?? []).map((member) => (
            <option key={member.id} value={member.memberNo}>
              {member.name}
            </option>
          ))}
        </datalist>
        {original ? <UnitHistory history={history} /> : null}
      </form>
    </Dialog>
  );
}
