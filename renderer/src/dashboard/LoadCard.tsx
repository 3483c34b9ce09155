import { useTranslation } from 'react-i18next';
import type { DashboardLoad } from '../../../shared/api/dashboard';
import { formatDateId } from '../../../shared/dates';
import { useApp } from '../platform/appContext';
import { CapacityBars } from '../../../shared/charts/CapacityBars';
import { ChartLegend } from '../platform/charts/ChartLegend';
import { fraction } from '../../../shared/charts/scale';
import { formatNumber } from '../platform/common/format';
import { shareLevel, weekHead, weekShare } from '../planning/plan/loadLevel';
import { Card, NoData } from './Card';
import { wholePct } from '../platform/common/summaryFormat';

/** The next weeks' load of all workshops against their capacity, and the member workshops over capacity or idle. */
export function LoadCard({ load }: { load: DashboardLoad | null }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const fmt = (value: number) => formatNumber(value, locale);
  const link = { href: '#/plan', label: t('dashboard.load.link') };
  if (!load) {
    return (
      <Card title={t('dashboard.load.title')} testId="dash-load">
        <NoData text={t('dashboard.load.none')} link={link} testId="dash-load-none" />
      </Card>
    );
  }
  const columns = load.weeks.map((week) => ({
    key: week.weekStart,
    label: weekHead(week.weekStart),
    load: week.load,
    capacity: week.capacity,
    // Coloured as the plan's heat map: by the fuller of pieces and workers' hours.
    tone: shareLevel(weekShare(week.load, week.capacity, week.loadHours, week.capacityHours)),
    tip: t('dashboard.load.weekTip', {
      week: formatDateId(week.weekStart), load: fmt(week.load), capacity: fmt(week.capacity), pct: wholePct(fraction(week.load, week.capacity), locale),
      hours: fmt(Math.round(week.loadHours)), capacityHours: fmt(Math.round(week.capacityHours)), hoursPct: wholePct(fraction(week.loadHours, week.capacityHours), locale),
    }),
  }));
  return (
    <Card title={t('dashboard.load.title')} aside={<span className="muted">{t('dashboard.load.weeks', { weeks: load.weeks.length })}</span>} link={link} testId="dash-load">
      <CapacityBars columns={columns} height={140} formatPct={(share) => wholePct(share, locale)} label={t('dashboard.load.title')} testId="load-bars" />
      <ChartLegend
        items={[
          { key: 'load', label: t('dashboard.load.legendLoad'), colour: '#8fbf9f' },
          { key: 'capacity', label: t('dashboard.load.legendCapacity'), shape: 'dash' },
        ]}
      />
      <div className="dash-figures">
        <div className={load.overloadedUnits > 0 ? 'is-bad' : ''} data-testid="load-overloaded">
          <strong>{fmt(load.overloadedUnits)}</strong> {t('dashboard.load.overloaded')}
        </div>
        <div data-testid="load-idle">
          <strong>{fmt(load.idleUnits)}</strong> {t('dashboard.load.idle')}
        </div>
        <div className="muted">{t('dashboard.load.ofMembers', { formatted: fmt(load.memberUnits) })}</div>
      </div>
    </Card>
  );
}
