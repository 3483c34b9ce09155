import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../shared/domain/member';
import { call } from '../../platform/api/client';
import { RecordFormDialog } from '../../platform/common/RecordFormDialog';
import { useCentreToday } from '../../platform/common/useCentreToday';
import { useRecordForm } from '../../platform/common/useRecordForm';
import { MemberFields } from './MemberFields';
import { EMPTY_MEMBER, formToInput, memberToForm, validateMember, type LoadedMember, type MemberFormValues } from './memberFormModel';
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
  const today = useCentreToday();
  const validate = useCallback((values: MemberFormValues, original: LoadedMember | null) => validateMember(values, original, t, today), [t, today]);
  const record = useRecordForm<MemberFormValues, LoadedMember, Member>({
    recordId: memberId,
    empty: EMPTY_MEMBER,
    load: (id) => call('members:get', { id }),
    toForm: memberToForm,
    validate,
    persist: (values, original) => call('members:save', formToInput(values, original)),
    onSaved,
  });
  const { original } = record;
  return (
    <RecordFormDialog
      title={original ? t('ui.memberForm.editTitle', { name: original.name }) : t('ui.memberForm.newTitle')}
      formId="member-form"
      record={record}
      onClose={onClose}
      after={original ? <StatusHistory history={original.history} /> : null}
    >
      <MemberFields form={record.form} original={original} />
    </RecordFormDialog>
  );
}
