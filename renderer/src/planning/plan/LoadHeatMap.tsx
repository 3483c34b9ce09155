import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateId } from '../../../../shared/dates';
import type { PlanLoad } from '../../../../shared/api/planning';
import { useApp } from '../../platform/appContext';
import { formatNumber } from '../../platform/common/format';
import { LOAD_LEVELS, shareLevel, weekHead, weekShare } from './loadLevel';

/** Labour minutes as whole hours, the way a workshop counts its people's week. */
function hours(minutes: number): number {
  return Math.round(minutes / 60);
}

/**
 * Beban unit usaha per minggu: one row per workshop, one cell per week coloured by its load — the
 * fuller of pieces and people's hours, against what the workshop offers. A plain table of cheap
 * cells (410 × 26 stays fast); the pieces and hours are in each cell's tooltip.
 */
export function LoadHeatMap({ load }: { load: PlanLoad }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const [showsAll, setShowsAll] = useState(false);
  const fmt = (value: number) => formatNumber(value, locale);
  const rows = useMemo(() => (showsAll ? load.units : load.units.filter((unit) => unit.load.some((pieces) => pieces > 0))), [load, showsAll]);
  return (
    <section className="panel heat-panel" data-testid="heat-map">
      <div className="heat-bar">
        <span data-testid="heat-count">{t('ui.plan.heatCount', { count: load.units.length, shown: fmt(rows.length), total: fmt(load.units.length) })}</span>
        <label className="toggle-inline">
          <input type="checkbox" checked={showsAll} onChange={(event) => setShowsAll(event.target.checked)} data-testid="heat-show-all" />
          {t('ui.plan.heatShowAll')}
        </label>
        <span className="push-right" />
        <span className="heat-legend" aria-hidden="true">
          {LOAD_LEVELS.map((level) => (
            <span key={level} className="heat-legend-item">
              <span className={`heat-swatch heat-${level}`} />
              {t(`ui.plan.level.${level}`)}
            </span>
          ))}
        </span>
      </div>
      <p className="muted heat-explain">{t('ui.plan.heatExplain')}</p>
      {rows.length === 0 ? <p className="muted" data-testid="heat-empty">{t('ui.plan.heatEmpty')}</p> : null}
      {rows.length > 0 ? (
        <div className="heat-scroll">
          <table className="heat-table">
            <thead>
              <tr>
                <th className="heat-unit">{t('ui.assignment.unit')}</th>
                {load.weeks.map((week) => (
                  <th key={week} title={t('ui.plan.weekOf', { date: formatDateId(week) })}>{weekHead(week)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((unit) => (
                <tr key={unit.unitCode} data-testid="heat-row">
                  <th className="heat-unit" title={`${unit.name} — ${unit.memberNo ? t('ui.plan.memberNo', { memberNo: unit.memberNo }) : t('ui.units.noOwner')}`}>
                    <span className="mono">{unit.unitCode}</span> {unit.name}
                    {unit.memberNo ? null : <span className="heat-outsider"> · {t('ui.units.noOwner')}</span>}
                  </th>
                  {load.weeks.map((week, index) => {
                    const pieces = unit.load[index] ?? 0;
                    const capacity = unit.capacity[index] ?? 0;
                    const minutes = unit.loadMinutes[index] ?? 0;
                    const capacityMinutes = unit.capacityMinutes[index] ?? 0;
                    const share = weekShare(pieces, capacity, minutes, capacityMinutes);
                    const level = shareLevel(share);
                    const tip = t('ui.plan.cellTip', {
                      unit: unit.unitCode,
                      week: formatDateId(week),
                      load: fmt(pieces),
                      capacity: fmt(capacity),
                      hours: fmt(hours(minutes)),
                      capacityHours: fmt(hours(capacityMinutes)),
                    });
                    return (
                      <td key={week} className={`heat-cell heat-${level}`} data-level={level} title={tip}>
                        {share > 0 ? (Number.isFinite(share) ? Math.round(share * 100) : '!') : ''}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
