import { useTranslation } from 'react-i18next';
import type { LastPlan } from '../../../shared/api/planning';
import type { ToBuyList } from '../../../shared/api/purchasing';
import { formatDateId } from '../../../shared/dates';
import { useApp } from '../app/appContext';
import { formatNumber } from '../common/format';

const cvFormats = {
  id: new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
};

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
        <span data-testid="plan-fairness">
          {t('ui.plan.fairness', { cv: cvFormats[locale].format(plan.fairness.cv), units: fmt(plan.fairness.units), mean: fmt(Math.round(plan.fairness.mean * 100)) })}
        </span>
        <span className="muted" data-testid="plan-run-at">
          {t('ui.plan.runAt', { today: formatDateId(plan.today), runAt: formatDateId(plan.runAt.slice(0, 10)) })}
        </span>
      </div>
    </section>
  );
}
