import { useTranslation } from 'react-i18next';
import type { LastPlan } from '../../../shared/api/planning';
import type { ToBuyList } from '../../../shared/api/purchasing';
import { centreDayOf, formatDateId } from '../../../shared/dates';
import { useApp } from '../app/appContext';
import { formatNumber } from '../common/format';

/** SKUs planned by pieces named on the summary; the rest are counted. */
const NAMED_SKUS = 8;

/** The members' spread in words and figures: how many got work, the lowest, highest and mean load. */
function spreadText(plan: LastPlan, fmt: (value: number) => string, t: (key: string, params?: Record<string, unknown>) => string): string {
  const { fairness } = plan;
  if (fairness.units === 0) return t('plan.fairnessNone');
  const pct = (share: number) => fmt(Math.round(share * 100));
  return t('plan.fairness', { withWork: fmt(fairness.withWork), units: fmt(fairness.units), lowest: pct(fairness.lowest), highest: pct(fairness.highest), mean: pct(fairness.mean) });
}

function namedSkus(skus: string[], fmt: (value: number) => string): string {
  const named = skus.slice(0, NAMED_SKUS).join(', ');
  return skus.length > NAMED_SKUS ? `${named} … (+${fmt(skus.length - NAMED_SKUS)})` : named;
}

/** What the last plan said: lines planned, work orders, late lines, and how evenly the work is spread. */
export function PlanSummary({ plan, assignments, toBuy }: { plan: LastPlan | null; assignments: number | null; toBuy: ToBuyList | null }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  if (!plan) return <p className="info-banner" data-testid="plan-none">{t('ui.plan.none')}</p>;
  const fmt = (value: number) => formatNumber(value, locale);
  // Suggestions not yet on a purchase order, as purchasing, the dashboard and the materials report count them.
  const toOrder = toBuy?.open ?? plan.purchases.length;
  const late = toBuy?.late ?? plan.purchases.filter((purchase) => purchase.late).length;
  const tiles = [
    { key: 'lines', value: fmt(plan.linesPlanned), label: t('ui.plan.linesPlanned') },
    { key: 'assignments', value: assignments === null ? '…' : fmt(assignments), label: t('ui.plan.assignments') },
    { key: 'late', value: fmt(plan.late.length), label: t('ui.plan.lateLines'), isBad: plan.late.length > 0 },
    { key: 'purchases', value: fmt(toOrder), label: t('ui.plan.purchases', { late: fmt(late) }), isBad: late > 0 },
  ];
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
