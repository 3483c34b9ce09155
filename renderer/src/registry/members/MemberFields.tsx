import { useTranslation } from 'react-i18next';
import { MEMBER_STATUSES, type Member } from '../../../../shared/domain/member';
import { normalizePhone } from '../../../../shared/normalize';
import { useApp } from '../../platform/appContext';
import { dateHint } from '../../platform/common/dateHint';
import { SelectField } from '../../platform/common/SelectField';
import { TextField } from '../../platform/common/TextField';
import type { ValidatedForm } from '../../platform/common/useValidatedForm';
import type { MemberFormValues } from './memberFormModel';
import { statusLabel } from '../../platform/common/statusLabel';

/** The member form's fields in two columns, each with its message underneath. */
export function MemberFields({ form, original }: { form: ValidatedForm<MemberFormValues>; original: Member | null }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const { values, errors, set } = form;
  const phone = values.phone.trim() ? normalizePhone(values.phone) : null;
  const statusChanged = original !== null && original.status !== values.status;

  function text(field: keyof MemberFormValues & ('memberNo' | 'name' | 'address' | 'village' | 'district' | 'regency'), extra: { required?: boolean; wide?: boolean; autoFocus?: boolean } = {}) {
    return (
      <TextField
        label={t(`member.${field}`)}
        value={values[field]}
        onChange={(value) => set(field, value)}
        error={errors[field]}
        testId={`member-${field}`}
        {...extra}
      />
    );
  }

  return (
    <div className="form-grid">
      {text('memberNo', { required: true, autoFocus: original === null })}
      {text('name', { required: true })}
      <TextField
        label={t('member.nik')}
        value={values.nik}
        inputMode="numeric"
        maxLength={24}
        onChange={(value) => set('nik', value)}
        error={errors.nik}
        hint={t('ui.memberForm.nikHint')}
        testId="member-nik"
      />
      <TextField
        label={t('member.phone')}
        value={values.phone}
        inputMode="tel"
        onChange={(value) => set('phone', value)}
        error={errors.phone}
        hint={phone?.ok ? t('ui.form.savedAs', { value: phone.value }) : t('ui.memberForm.phoneHint')}
        testId="member-phone"
      />
      <SelectField
        label={t('member.gender')}
        value={values.gender}
        options={[
          { value: '', label: '—' },
          { value: 'L', label: t('ui.memberForm.genderL') },
          { value: 'P', label: t('ui.memberForm.genderP') },
        ]}
        onChange={(value) => set('gender', value === 'L' || value === 'P' ? value : '')}
        error={errors.gender}
        testId="member-gender"
      />
      <TextField
        label={t('member.joinedOn')}
        value={values.joinedOn}
        placeholder={t('ui.form.datePlaceholder')}
        onChange={(value) => set('joinedOn', value)}
        error={errors.joinedOn}
        hint={dateHint(values.joinedOn, locale, t)}
        testId="member-joinedOn"
      />
      {text('address', { wide: true })}
      {text('village')}
      {text('district')}
      {text('regency')}
      <div />
      <SelectField
        label={t('member.status')}
        value={values.status}
        options={MEMBER_STATUSES.map((status) => ({ value: status, label: statusLabel(t, 'member', status) }))}
        onChange={(value) => {
          const status = MEMBER_STATUSES.find((option) => option === value);
          if (status) set('status', status);
        }}
        error={errors.status}
        testId="member-status"
      />
      {statusChanged ? (
        <TextField
          label={t('ui.form.validFrom')}
          value={values.statusFrom}
          placeholder={t('ui.form.datePlaceholder')}
          onChange={(value) => set('statusFrom', value)}
          error={errors.statusFrom}
          hint={dateHint(values.statusFrom, locale, t, t('ui.form.validFromEmpty'))}
          testId="member-statusFrom"
        />
      ) : null}
    </div>
  );
}
