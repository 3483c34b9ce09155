import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentRow } from '../../../../shared/api/planning';
import { call } from '../../platform/api/client';
import { useApp } from '../../platform/appContext';
import { dateHint } from '../../platform/common/dateHint';
import { formatNumber } from '../../platform/common/format';
import { RecordFormDialog } from '../../platform/common/RecordFormDialog';
import { SelectField } from '../../platform/common/SelectField';
import { TextField } from '../../platform/common/TextField';
import { useCallData } from '../../platform/common/useCallData';
import { useRecordForm } from '../../platform/common/useRecordForm';
import { emptyAssign, formToInput, validateAssign, type AssignFormValues } from './assignFormModel';

interface AssignDialogProps {
  /** The order line to assign, taken from a work order of it. */
  line: AssignmentRow;
  planDate: string;
  onClose(): void;
  /** After the assignment is saved and the plan made again around it. */
  onSaved(row: AssignmentRow): void;
}

/** "Tetapkan manual": give part of an order line to a workshop of the manager's choosing, pinned; then re-plan. */
export function AssignDialog({ line, planDate, onClose, onSaved }: AssignDialogProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const units = useCallData('units:list', {});
  const validate = useCallback((values: AssignFormValues) => validateAssign(values, line, t), [line, t]);
  const record = useRecordForm<AssignFormValues, never, AssignmentRow>({
    recordId: null,
    empty: emptyAssign(line),
    validate,
    persist: async (values) => {
      const saved = await call('plan:assign', formToInput(values, line));
      await call('plan:run', { today: planDate });
      return saved;
    },
    onSaved,
  });
  const { values, errors, set } = record.form;
  const choices = (units.data ?? [])
    .filter((unit) => unit.isActive && !(values.isMove && unit.unitCode === line.unitCode))
    .map((unit) => ({ value: unit.unitCode, label: `${unit.unitCode} — ${unit.name}${unit.ownerMemberNo ? '' : ` (${t('ui.units.noOwner')})`}` }));
  const canMove = line.status === 'planned';
  return (
    <RecordFormDialog title={t('ui.assign.title')} formId="assign-form" record={record} onClose={onClose} size="medium">
      <p className="dialog-text" data-testid="assign-line">
        {t('ui.assign.line', { orderNo: line.orderNo, sku: line.sku })}
      </p>
      <p className="dialog-text muted">{t('ui.assign.explained')}</p>
      {canMove ? (
        <div className="field field-checkbox">
          <label>
            <input type="checkbox" checked={values.isMove} onChange={(event) => set('isMove', event.target.checked)} data-testid="assign-move" />
            {t('ui.assign.moveFrom', { unit: line.unitCode, qty: formatNumber(line.qty, locale) })}
          </label>
          <div className="field-hint" data-testid="assign-move-hint">
            {values.isMove ? t('ui.assign.moveHint', { unit: line.unitCode }) : t('ui.assign.addHint')}
          </div>
        </div>
      ) : null}
      <div className="form-grid">
        <SelectField
          label={t('ui.assignment.unit')}
          value={values.unitCode}
          options={[{ value: '', label: t('ui.form.choose') }, ...choices]}
          onChange={(value) => set('unitCode', value)}
          error={errors.unitCode}
          required
          testId="assign-unit"
        />
        <TextField label={t('ui.assignment.qty')} value={values.qty} inputMode="numeric" onChange={(value) => set('qty', value)} error={errors.qty} hint={t('ui.assign.qtyHint', { qty: formatNumber(line.qty, locale) })} required testId="assign-qty" />
        <TextField label={t('ui.assign.start')} value={values.start} placeholder={t('ui.form.datePlaceholder')} onChange={(value) => set('start', value)} error={errors.start} hint={dateHint(values.start, locale, t)} required testId="assign-start" />
        <TextField label={t('ui.assign.pieceRate')} value={values.pieceRate} inputMode="numeric" onChange={(value) => set('pieceRate', value)} error={errors.pieceRate} hint={t('ui.assign.pieceRateHint')} testId="assign-pieceRate" />
      </div>
    </RecordFormDialog>
  );
}
