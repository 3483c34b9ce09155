import { useTranslation } from 'react-i18next';
import type { ProductCategory } from '../../../../shared/domain/centre';
import { QUALITY_GRADES, type Unit } from '../../../../shared/domain/unit';
import { useApp } from '../../platform/appContext';
import { dateHint } from '../../platform/common/dateHint';
import { SelectField } from '../../platform/common/SelectField';
import { TextField } from '../../platform/common/TextField';
import type { ValidatedForm } from '../../platform/common/useValidatedForm';
import { CategoryChecklist } from './CategoryChecklist';
import { stateChanged, type UnitFormValues } from './unitFormModel';

interface UnitFieldsProps {
  form: ValidatedForm<UnitFormValues>;
  original: Unit | null;
  categories: ProductCategory[];
  /** Member number (lower case) → name, for the owner field's hint. */
  owners: ReadonlyMap<string, string>;
}

export function UnitFields({ form, original, categories, owners }: UnitFieldsProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const { values, errors, set } = form;
  const ownerName = owners.get(values.ownerMemberNo.trim().toLowerCase());

  function text(field: 'unitCode' | 'name' | 'address' | 'village', extra: { required?: boolean; wide?: boolean; autoFocus?: boolean } = {}) {
    return <TextField label={t(`unit.${field}`)} value={values[field]} onChange={(value) => set(field, value)} error={errors[field]} testId={`unit-${field}`} {...extra} />;
  }

  return (
    <div className="form-grid">
      {text('unitCode', { required: true, autoFocus: original === null })}
      {text('name', { required: true })}
      <TextField
        label={t('unit.ownerMemberNo')}
        value={values.ownerMemberNo}
        list="owner-options"
        onChange={(value) => set('ownerMemberNo', value)}
        error={errors.ownerMemberNo}
        hint={ownerName ? t('ui.unitForm.ownerIs', { name: ownerName }) : t('ui.unitForm.ownerHint')}
        testId="unit-ownerMemberNo"
      />
      <SelectField
        label={t('unit.qualityGrade')}
        value={values.qualityGrade}
        options={[{ value: '', label: '—' }, ...QUALITY_GRADES.map((grade) => ({ value: grade, label: grade }))]}
        onChange={(value) => set('qualityGrade', QUALITY_GRADES.find((grade) => grade === value) ?? '')}
        error={errors.qualityGrade}
        testId="unit-qualityGrade"
      />
      <TextField label={t('unit.nib')} value={values.nib} inputMode="numeric" onChange={(value) => set('nib', value)} error={errors.nib} hint={t('ui.unitForm.nibHint')} testId="unit-nib" />
      <TextField label={t('unit.kbli')} value={values.kbli} inputMode="numeric" onChange={(value) => set('kbli', value)} error={errors.kbli} hint={t('ui.unitForm.kbliHint')} testId="unit-kbli" />
      {text('address', { wide: true })}
      {text('village')}
      <div />
      <CategoryChecklist categories={categories} selected={values.categories} onChange={(codes) => set('categories', codes)} error={errors.categories} />
      <TextField label={t('unit.workers')} value={values.workers} inputMode="numeric" onChange={(value) => set('workers', value)} error={errors.workers} required testId="unit-workers" />
      <TextField
        label={t('unit.monthlyCapacity')}
        value={values.monthlyCapacity}
        inputMode="numeric"
        onChange={(value) => set('monthlyCapacity', value)}
        error={errors.monthlyCapacity}
        required
        testId="unit-monthlyCapacity"
      />
      <TextField
        label={t('unit.offeredCapacity')}
        value={values.offeredCapacity}
        inputMode="numeric"
        onChange={(value) => set('offeredCapacity', value)}
        error={errors.offeredCapacity}
        hint={t('ui.unitForm.offeredHint')}
        testId="unit-offeredCapacity"
      />
      <div className="field field-checkbox">
        <label>
          <input type="checkbox" checked={values.isActive} onChange={(event) => set('isActive', event.target.checked)} data-testid="unit-isActive" />
          {t('ui.unitForm.isActive')}
        </label>
        <div className="field-hint">{t('ui.unitForm.isActiveHint')}</div>
      </div>
      {stateChanged(values, original) ? (
        <TextField
          label={t('ui.form.validFrom')}
          value={values.stateFrom}
          placeholder={t('ui.form.datePlaceholder')}
          onChange={(value) => set('stateFrom', value)}
          error={errors.stateFrom}
          hint={dateHint(values.stateFrom, locale, t, t('ui.unitForm.stateFromEmpty'))}
          testId="unit-stateFrom"
        />
      ) : null}
    </div>
  );
}
