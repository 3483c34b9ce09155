import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member, StatusChange } from '../../../shared/domain/member';
import { call } from '../api/client';
import { Dialog } from '../common/Dialog';
import { errorMessage } from '../common/format';
import { FormFooter } from '../common/FormFooter';
import { useValidatedForm } from '../common/useValidatedForm';
import { serverFieldErrors } from '../common/validation';
import { MemberFields } from './MemberFields';
import { EMPTY_MEMBER, formToInput, memberToForm, validateMember, type MemberFormValues } from './memberFormModel';
import { StatusHistory } from './StatusHistory';

interface MemberFormProps {
  /** null for a new member. */
  memberId: number | null;
  onClose(): void;
  onSaved(member: Member, isNew: boolean): void;
}

/** Add or change one member; validated as typed, the server's verdict shown on its field. */
export function MemberForm({ memberId, onClose, onSaved }: MemberFormProps) {
  const { t } = useTranslation();
  const [original, setOriginal] = useState<Member | null>(null);
  const [history, setHistory] = useState<StatusChange[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const validate = useCallback((values: MemberFormValues) => validateMember(values, original, t), [original, t]);
  const form = useValidatedForm(EMPTY_MEMBER, validate);
  const { replace } = form;

  useEffect(() => {
    if (memberId === null) return;
    call('members:get', { id: memberId })
      .then(({ history: changes, ...member }) => {
        setOriginal(member);
        setHistory(changes);
        replace(memberToForm(member));
      })
      .catch((error: unknown) => setFormError(errorMessage(error)));
  }, [memberId, replace]);

  async function save() {
    if (!form.submit()) return;
    setIsSaving(true);
    setFormError(null);
    try {
      const saved = await call('members:save', formToInput(form.values, original));
      onSaved(saved, original === null);
    } catch (error) {
      const fields = serverFieldErrors(error);
      if (fields) form.setServerErrors(fields);
      else setFormError(errorMessage(error));
      setIsSaving(false);
    }
  }

  const isLoading = memberId !== null && original === null && formError === null;
  return (
    <Dialog
      title={original ? t('ui.memberForm.editTitle', { name: original.name }) : t('ui.memberForm.newTitle')}
      onClose={onClose}
      testId="member-form"
      size="large"
      footer={<FormFooter formId="member-form" isSaving={isSaving} onCancel={onClose} hasErrors={form.showsErrors} />}
    >
      <form
        id="member-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {formError ? (
          <div className="form-error" role="alert" data-testid="member-form-error">
            {formError}
          </div>
        ) : null}
        {isLoading ? <p>{t('ui.common.loading')}</p> : <MemberFields form={form} original={original} />}
        {original ? <StatusHistory history={history} /> : null}
      </form>
    </Dialog>
  );
}
