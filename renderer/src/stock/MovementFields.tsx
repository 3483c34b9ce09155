import { useTranslation } from 'react-i18next';
import { MOVEMENT_KINDS, type Material } from '../../../shared/domain/materials';
import type { Unit } from '../../../shared/domain/unit';
import { useApp } from '../platform/appContext';
import { listChoices, pick } from '../platform/common/choices';
import { dateHint } from '../platform/common/dateHint';
import { formatQty } from '../platform/common/format';
import { SelectField } from '../platform/common/SelectField';
import { TextField } from '../platform/common/TextField';
import type { ValidatedForm } from '../platform/common/useValidatedForm';
import { needsWorkshop, signedQty, type MovementFormValues } from './movementFormModel';

interface MovementFieldsProps {
  form: ValidatedForm<MovementFormValues>;
  materials: Material[];
  units: Unit[];
}

/** Which material, what kind of movement, how much, when, to or from which workshop, and why. */
export function MovementFields({ form, materials, units }: MovementFieldsProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const { values, errors, set } = form;
  const material = materials.find((option) => option.materialCode === values.materialCode);
  const change = signedQty(values);
  const after = material && change !== null ? material.onHand + change : null;
  const qtyHint = material
    ? after !== null && values.qty.trim()
      ? t('ui.movement.stockAfter', { now: formatQty(material.onHand, locale), after: formatQty(after, locale), uom: material.uom })
      : t('ui.movement.stockNow', { now: formatQty(material.onHand, locale), uom: material.uom })
    : undefined;
  return (
    <div className="form-grid">
      <SelectField
        label={t('ui.movement.material')}
        value={values.materialCode}
        options={[{ value: '', label: t('ui.form.choose') }, ...materials.map((option) => ({ value: option.materialCode, label: `${option.materialCode} — ${option.name}` }))]}
        onChange={(value) => set('materialCode', value)}
        error={errors.materialCode}
        required
        testId="movement-material"
      />
      <SelectField
        label={t('ui.movement.kind')}
        value={values.kind}
        options={listChoices(MOVEMENT_KINDS, t, 'ui.movementKind')}
        onChange={(value) => set('kind', pick(MOVEMENT_KINDS, value) ?? values.kind)}
        hint={t(`ui.movementHint.${values.kind}`)}
        required
        testId="movement-kind"
      />
      <TextField
        label={material ? t('ui.movement.qtyIn', { uom: material.uom }) : t('ui.movement.qty')}
        value={values.qty}
        inputMode="decimal"
        onChange={(value) => set('qty', value)}
        error={errors.qty}
        hint={qtyHint}
        required
        testId="movement-qty"
      />
      <TextField
        label={t('ui.movement.date')}
        value={values.date}
        placeholder={t('ui.form.datePlaceholder')}
        onChange={(value) => set('date', value)}
        error={errors.date}
        hint={dateHint(values.date, locale, t)}
        required
        testId="movement-date"
      />
      {needsWorkshop(values.kind) ? (
        <SelectField
          label={t('ui.movement.unit')}
          value={values.unitCode}
          options={[{ value: '', label: t('ui.form.choose') }, ...units.map((unit) => ({ value: unit.unitCode, label: `${unit.unitCode} — ${unit.name}` }))]}
          onChange={(value) => set('unitCode', value)}
          error={errors.unitCode}
          required
          testId="movement-unit"
        />
      ) : null}
      <TextField
        label={t('ui.movement.note')}
        value={values.note}
        onChange={(value) => set('note', value)}
        error={errors.note}
        hint={values.kind === 'adjustment' ? t('ui.movement.noteRequired') : t('ui.movement.noteHint')}
        required={values.kind === 'adjustment'}
        wide={!needsWorkshop(values.kind)}
        testId="movement-note"
      />
    </div>
  );
}
