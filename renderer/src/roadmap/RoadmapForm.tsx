import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { STANDARD_KPIS, type RoadmapInput, type RoadmapView, type StandardKpi } from '../../../shared/api/roadmap';
import { Dialog } from '../platform/common/Dialog';
import { moveOnEnter, useSaveShortcut } from '../platform/common/enterMovesOn';
import { FormFooter } from '../platform/common/FormFooter';
import { TextField } from '../platform/common/TextField';
import { OwnKpiFields, type OwnKpiDraft } from './OwnKpiFields';

interface RoadmapFormProps {
  /** null: a new roadmap. */
  view: RoadmapView | null;
  currentYear: number;
  /** Saves; resolves to the backend's refusal (naming the KPI and year at fault) or null. */
  onSave(input: RoadmapInput): Promise<string | null>;
  onClose(): void;
}

const YEAR = /^\d{4}$/;

/**
 * The roadmap's header: name, period, baseline year, which standard KPIs it follows and its own
 * KPIs. Targets and actuals stay as they are (they are edited in the grid); a shorter period that
 * would strand a target is refused by the backend with the KPI and the year named.
 */
export function RoadmapForm({ view, currentYear, onSave, onClose }: RoadmapFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(view?.name ?? '');
  const [years, setYears] = useState({
    start: String(view?.startYear ?? currentYear), end: String(view?.endYear ?? currentYear + 4), baseline: String(view?.baselineYear ?? currentYear - 1),
  });
  const [standard, setStandard] = useState<StandardKpi[]>(view ? view.kpis.flatMap((kpi) => (kpi.standard ? [kpi.standard] : [])) : [...STANDARD_KPIS]);
  const [own, setOwn] = useState<OwnKpiDraft[]>(
    (view?.kpis ?? []).flatMap((kpi) => (kpi.standard ? [] : [{ id: kpi.id, draftKey: String(kpi.id), name: kpi.name ?? '', unit: kpi.ownUnit ?? '', direction: kpi.direction, measure: kpi.measure }])),
  );
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const yearError = (text: string) => (YEAR.test(text.trim()) ? undefined : t('roadmap.form.yearInvalid'));
  const hasErrors = [years.start, years.end, years.baseline].some((text) => yearError(text)) || name.trim() === '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (hasErrors) return;
    const idOf = (code: StandardKpi) => view?.kpis.find((kpi) => kpi.standard === code)?.id;
    const input: RoadmapInput = {
      name, startYear: Number(years.start), endYear: Number(years.end), baselineYear: Number(years.baseline),
      kpis: [
        ...STANDARD_KPIS.filter((code) => standard.includes(code)).map((code) => ({ id: idOf(code), standard: code })),
        ...own.map((kpi) => ({ id: kpi.id, standard: null, name: kpi.name, unit: kpi.unit, direction: kpi.direction, measure: kpi.measure })),
      ],
    };
    setIsSaving(true);
    const problem = await onSave(input);
    setIsSaving(false);
    setError(problem);
  }

  useSaveShortcut('roadmap-form', true);
  return (
    <Dialog
      title={view ? t('roadmap.form.titleEdit') : t('roadmap.form.titleNew')}
      onClose={onClose}
      testId="roadmap-form"
      size="large"
      footer={<FormFooter formId="roadmap-form" isSaving={isSaving} hasErrors={hasErrors} onCancel={onClose} />}
    >
      <form id="roadmap-form" onKeyDown={moveOnEnter} onSubmit={(event) => void submit(event)} noValidate>
        {error ? (
          <div className="form-error" role="alert" data-testid="roadmap-form-error">
            {error}
          </div>
        ) : null}
        <div className="form-grid roadmap-header-fields">
          <TextField label={t('roadmap.form.name')} value={name} onChange={setName} required wide maxLength={160} testId="roadmap-name" error={name.trim() === '' ? t('invalid.required') : undefined} autoFocus />
          {(['start', 'end', 'baseline'] as const).map((key) => (
            <TextField
              key={key}
              label={t(`roadmap.form.${key}Year`)}
              value={years[key]}
              onChange={(text) => setYears({ ...years, [key]: text })}
              inputMode="numeric"
              maxLength={4}
              required
              error={yearError(years[key])}
              hint={key === 'baseline' ? t('roadmap.form.baselineHint') : undefined}
              testId={`roadmap-${key}-year`}
            />
          ))}
        </div>
        <fieldset className="form-section checklist-section">
          <legend>{t('roadmap.form.standardTitle')}</legend>
          <div className="checklist-options standard-kpis">
            {STANDARD_KPIS.map((code) => (
              <label key={code}>
                <input
                  type="checkbox"
                  checked={standard.includes(code)}
                  data-testid={`roadmap-kpi-${code}`}
                  onChange={(event) => setStandard(event.target.checked ? [...standard, code] : standard.filter((c) => c !== code))}
                />
                {t(`roadmap.kpi.${code}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <OwnKpiFields kpis={own} onChange={setOwn} />
        {view ? <p className="dialog-note">{t('roadmap.form.removeNote')}</p> : null}
      </form>
    </Dialog>
  );
}
