import { useTranslation } from 'react-i18next';
import { KPI_DIRECTIONS, KPI_MEASURES, type KpiDirection, type KpiMeasure } from '../../../shared/api/roadmap';
import { CellField } from '../platform/common/CellField';
import { pick } from '../platform/common/choices';

export interface OwnKpiDraft {
  /** Stored KPIs keep their id, so their targets and actuals stay with them. */
  id?: number;
  /** A key for React while the KPI has no id yet. */
  draftKey: string;
  name: string;
  unit: string;
  direction: KpiDirection;
  measure: KpiMeasure;
}

/** The centre's own KPIs in the roadmap form: name, unit, which way is better, how a year is counted. */
export function OwnKpiFields({ kpis, onChange }: { kpis: OwnKpiDraft[]; onChange(kpis: OwnKpiDraft[]): void }) {
  const { t } = useTranslation();
  const update = (index: number, change: Partial<OwnKpiDraft>) => onChange(kpis.map((kpi, i) => (i === index ? { ...kpi, ...change } : kpi)));
  const directions = KPI_DIRECTIONS.map((value) => ({ value, label: t(`roadmap.direction.${value}`) }));
  const measures = KPI_MEASURES.map((value) => ({ value, label: t(`roadmap.measure.${value}`) }));
  return (
    <fieldset className="form-section own-kpis">
      <legend>{t('roadmap.form.ownTitle')}</legend>
      {kpis.length === 0 ? <p className="panel-note">{t('roadmap.form.noOwn')}</p> : null}
      {kpis.length > 0 ? (
        <table className="line-table own-kpi-table">
          <thead>
            <tr>
              <th>{t('roadmap.form.ownName')}</th>
              <th>{t('roadmap.form.ownUnit')}</th>
              <th>{t('roadmap.form.direction')}</th>
              <th>{t('roadmap.form.measure')}</th>
              <th aria-hidden="true" />
            </tr>
          </thead>
          <tbody>
            {kpis.map((kpi, index) => (
              <tr key={kpi.draftKey}>
                <td>
                  <CellField label={t('roadmap.form.ownName')} value={kpi.name} onChange={(name) => update(index, { name })} testId={`own-kpi-${index}-name`} />
                </td>
                <td className="own-kpi-unit">
                  <CellField label={t('roadmap.form.ownUnit')} value={kpi.unit} onChange={(unit) => update(index, { unit })} testId={`own-kpi-${index}-unit`} />
                </td>
                <td>
                  <CellField label={t('roadmap.form.direction')} value={kpi.direction} options={directions} onChange={(value) => update(index, { direction: pick(KPI_DIRECTIONS, value) ?? 'up' })} testId={`own-kpi-${index}-direction`} />
                </td>
                <td>
                  <CellField label={t('roadmap.form.measure')} value={kpi.measure} options={measures} onChange={(value) => update(index, { measure: pick(KPI_MEASURES, value) ?? 'level' })} testId={`own-kpi-${index}-measure`} />
                </td>
                <td>
                  <button type="button" className="icon-button" aria-label={t('roadmap.form.removeOwn', { name: kpi.name })} data-testid={`own-kpi-${index}-remove`} onClick={() => onChange(kpis.filter((_k, i) => i !== index))}>
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <button
        type="button"
        className="link-button"
        data-testid="own-kpi-add"
        onClick={() => onChange([...kpis, { draftKey: `new-${Date.now()}-${kpis.length}`, name: '', unit: '', direction: 'up', measure: 'level' }])}
      >
        {t('roadmap.form.addOwn')}
      </button>
    </fieldset>
  );
}
