import { useTranslation } from 'react-i18next';
import type { LastPlan } from '../../../../shared/api/planning';
import type { ToBuyList } from '../../../../shared/api/purchasing';
import { centreDayOf, formatDateId } from '../../../../shared/dates';
import { useApp } from '../../platform/appContext';
import { formatNumber } from '../../platform/common/format';
import { namedSkus, planTiles, spreadText } from './planFacts';

/** What the last plan said: lines planned, work orders, late lines, and how evenly the work is spread. */
export function PlanSummary({ plan, assignments, toBuy }: { plan: LastPlan | null; assignments: number | null; toBuy: ToBuyList | null }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  if (!plan) return <p className="info-banner" data-testid="plan-none">{t('ui.plan.none')}</p>;
  const fmt = (value: number) => formatNumber(value, locale);
  const tiles = planTiles(plan, assignments, toBuy, fmt, t);
  return (
    <section className="plan-summary" data-testid="plan-summary">
      <div className="count-tiles">
        {tiles.map((tile) => (
          <div key={tile.key} className={`count-tile${tile.isBad ? ' bad' : ''}`} data-testid={`plan-${tile.key}`}>
            <div className="count-value">{tile.value}</div>
            <div className="count-label">{tile.label}</div>
          </div>
        ))}
      </div>
      <div className="plan-facts">
        <span data-testid="plan-fairness">{spreadText(plan, fmt, t)}</span>
        {plan.byPieces.length > 0 ? (
          <span className="muted" data-testid="plan-by-pieces">
            {t('plan.byPieces', { skus: namedSkus(plan.byPieces, fmt) })}
          </span>
        ) : null}
        <span className="muted" data-testid="plan-run-at">
          {t('ui.plan.runAt', { today: formatDateId(plan.today), runAt: formatDateId(centreDayOf(plan.runAt)) })}
        </span>
      </div>
    </section>
  );
}
