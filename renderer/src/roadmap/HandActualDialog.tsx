import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KpiProgress, KpiYear } from '../../../shared/api/roadmap';
import { useApp } from '../platform/appContext';
import { Dialog } from '../platform/common/Dialog';
import { moveOnEnter, useSaveKey } from '../platform/common/enterMovesOn';
import { SelectField } from '../platform/common/SelectField';
import { TextField } from '../platform/common/TextField';
import { gridUnit, kpiFromInput, kpiInputText, kpiValueText } from './roadmapFormat';

interface HandActualDialogProps {
  kpi: KpiProgress;
  cell: KpiYear;
  /** Saves the hand value (null: back to the data); resolves to an error message or null. */
  onSave(value: number | null, note: string | null, monthsCovered: number | null): Promise<string | null>;
  onClose(): void;
}

/** An actual typed by hand: a centre's own KPI, or a year the data does not cover (the RAT report, the tourism office). */
export function HandActualDialog({ kpi, cell, onSave, onClose }: HandActualDialogProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const isHand = cell.source === 'hand';
  const [text, setText] = useState(isHand ? kpiInputText(kpi, cell.actual) : '');
  const [note, setNote] = useState(isHand ? (cell.note ?? '') : '');
  // A flow typed by hand may cover only part of its year (visitors January–October): it is judged on those months.
  const [covered, setCovered] = useState(isHand && cell.monthsCovered !== null ? String(cell.monthsCovered) : '');
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const value = kpiFromInput(kpi, text);
  const isInvalid = value !== null && Number.isNaN(value);

  async function save() {
    if (isInvalid) return;
    setIsSaving(true);
    const problem = await onSave(value, note.trim() === '' ? null : note.trim(), kpi.measure === 'flow' && covered !== '' ? Number(covered) : null);
    setIsSaving(false);
    if (problem) setError(problem);
  }

  useSaveKey('actual-dialog-fields', !isSaving && !isInvalid, () => void save());
  return (
    <Dialog
      title={t('roadmap.actual.title', { kpi: kpi.label, year: cell.year })}
      onClose={onClose}
      testId="actual-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={onClose} data-testid="actual-dialog-cancel">
            {t('ui.common.cancel')}
          </button>
          <button type="button" className="button primary" disabled={isSaving || isInvalid} onClick={() => void save()} data-testid="actual-dialog-save">
            {isSaving ? t('ui.common.saving') : t('ui.common.save')}
          </button>
        </>
      }
    >
      <div id="actual-dialog-fields" onKeyDown={moveOnEnter}>
        {error ? (
          <div className="form-error" role="alert" data-testid="actual-dialog-error">
            {error}
          </div>
        ) : null}
        <p className="dialog-text" data-testid="actual-dialog-data">
          {kpi.standard ? (cell.dataValue !== null ? t('roadmap.actual.dataSays', { value: kpiValueText(kpi, cell.dataValue, locale) }) : t('roadmap.actual.dataNone')) : t('roadmap.kpiSource.own')}
        </p>
        <div className="form-grid">
          <TextField
            label={t('roadmap.actual.value', { unit: gridUnit(kpi, t('roadmap.grid.millions')) })}
            value={text}
            onChange={setText}
            inputMode="decimal"
            error={isInvalid ? t('roadmap.grid.notANumber') : undefined}
            testId="actual-dialog-value"
            autoFocus
          />
          <TextField label={t('roadmap.actual.note')} value={note} onChange={setNote} maxLength={300} testId="actual-dialog-note" />
          {kpi.measure === 'flow' ? (
            <SelectField
              label={t('roadmap.actual.covered')}
              value={covered}
              onChange={setCovered}
              options={[{ value: '', label: t('roadmap.actual.coveredAll') }, ...Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: t('roadmap.actual.coveredTo', { month: t(`exports.month.${i + 1}`) }) }))]}
              hint={t('roadmap.actual.coveredHint')}
              testId="actual-dialog-covered"
            />
          ) : null}
        </div>
        {kpi.standard ? <p className="dialog-note">{t('roadmap.actual.handNote')}</p> : null}
      </div>
    </Dialog>
  );
}
