import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateId } from '../../../shared/dates';
import { MILESTONE_STATUSES, type Milestone, type MilestoneInput } from '../../../shared/api/roadmap';
import { useApp } from '../platform/appContext';
import { pick } from '../platform/common/choices';
import { dateHint } from '../platform/common/dateHint';
import { Dialog } from '../platform/common/Dialog';
import { dateForInput } from '../platform/common/formText';
import { moveOnEnter, useSaveShortcut } from '../platform/common/enterMovesOn';
import { FormFooter } from '../platform/common/FormFooter';
import { SelectField } from '../platform/common/SelectField';
import { TextField } from '../platform/common/TextField';
import { statusLabel } from '../platform/common/statusLabel';

interface MilestoneFormProps {
  /** null: a new milestone. */
  milestone: Milestone | null;
  onSave(input: MilestoneInput): Promise<string | null>;
  onClose(): void;
}

/** One milestone: what, by when, how far along, and a note. The due date is typed day first. */
export function MilestoneForm({ milestone, onSave, onClose }: MilestoneFormProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const [title, setTitle] = useState(milestone?.title ?? '');
  const [due, setDue] = useState(milestone ? formatDateId(milestone.dueOn) : '');
  const [status, setStatus] = useState(milestone?.status ?? 'planned');
  const [note, setNote] = useState(milestone?.note ?? '');
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const dueOn = dateForInput(due);
  const isDueInvalid = dueOn === null || !/^\d{4}-\d{2}-\d{2}$/.test(dueOn);
  const hasErrors = title.trim() === '' || isDueInvalid;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (hasErrors || dueOn === null) return;
    setIsSaving(true);
    const problem = await onSave({ id: milestone?.id, title, dueOn, status, note: note.trim() === '' ? null : note });
    setIsSaving(false);
    setError(problem);
  }

  useSaveShortcut('milestone-form', true);
  return (
    <Dialog
      title={milestone ? t('roadmap.milestones.formEdit') : t('roadmap.milestones.formNew')}
      onClose={onClose}
      testId="milestone-form"
      footer={<FormFooter formId="milestone-form" isSaving={isSaving} hasErrors={hasErrors} onCancel={onClose} />}
    >
      <form id="milestone-form" className="form-grid" onKeyDown={moveOnEnter} onSubmit={(event) => void submit(event)} noValidate>
        {error ? (
          <div className="form-error field-wide" role="alert" data-testid="milestone-form-error">
            {error}
          </div>
        ) : null}
        <TextField label={t('roadmap.milestones.fieldTitle')} value={title} onChange={setTitle} required wide maxLength={200} testId="milestone-title" autoFocus />
        <TextField
          label={t('roadmap.milestones.fieldDue')}
          value={due}
          onChange={setDue}
          required
          testId="milestone-due"
          error={due.trim() !== '' && isDueInvalid ? t('invalid.date') : undefined}
          hint={dateHint(due, locale, t)}
        />
        <SelectField
          label={t('roadmap.milestones.fieldStatus')}
          value={status}
          options={MILESTONE_STATUSES.map((value) => ({ value, label: statusLabel(t, 'milestone', value) }))}
          onChange={(value) => setStatus(pick(MILESTONE_STATUSES, value) ?? 'planned')}
          testId="milestone-status"
        />
        <TextField label={t('roadmap.milestones.fieldNote')} value={note} onChange={setNote} wide maxLength={500} testId="milestone-note" />
      </form>
    </Dialog>
  );
}
