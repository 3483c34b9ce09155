import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../shared/api/dashboard';
import { formatDateId } from '../../../shared/dates';
import { useApp } from '../platform/appContext';
import { formatNumber } from '../platform/common/format';
import { growthText, periodText, shareText } from '../platform/common/reportFormat';
import { bigMoney, usd } from '../platform/common/summaryFormat';

interface Tile {
  key: string;
  href: string;
  label: string;
  value: string;
  note: string;
  /** What the figure leaves out, on a line of its own so that the note stays readable. */
  warning?: string;
  /** The figure is missing, and the value says so in words. */
  isAbsent?: boolean;
  tone?: 'good' | 'bad';
}

/** The six figures read first, each a way into the page behind it. */
export function KpiStrip({ board }: { board: Dashboard }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const fmt = (value: number) => formatNumber(value, locale);
  // Unknown exports (null) read "belum ada data", never 0.
  const known = (cents: number | null) => (cents === null ? t('exports.reports.noData') : usd(cents, locale, t));
  const year = Number(board.today.slice(0, 4));
  const { exports, orders, late, purchases } = board;
  const period = exports?.period ?? null;
  const growth = period ? (exports?.growthPct ?? null) : null;
  const target = exports?.target ?? null;
  const tiles: Tile[] = [
    period && exports
      ? {
          key: 'exports', href: '#/reports', label: t('dashboard.kpi.exports', { period: periodText(period.from, period.to, t) }),
          value: known(exports.currentUsdCents),
          note: t('dashboard.kpi.exportsBefore', { period: periodText(period.previousFrom, period.previousTo, t), value: known(exports.previousUsdCents) }),
          // A total that leaves out shipments whose FOB is unknown says so where it is shown.
          warning: exports.withoutFob.current > 0 ? t('exports.reports.withoutFobShort', { count: exports.withoutFob.current }) : undefined,
        }
      : { key: 'exports', href: '#/exports', label: t('dashboard.kpi.exportsNone', { year }), value: t('dashboard.kpi.noData'), note: `${t('dashboard.exports.noneLink')} →`, isAbsent: true },
    {
      key: 'growth', href: '#/reports', label: t('dashboard.kpi.growth'),
      value: growth === null ? '—' : `${growth > 0 ? '▲' : growth < 0 ? '▼' : ''} ${growthText(growth, locale)}`.trim(),
      note: period ? t('dashboard.kpi.growthNote', { period: periodText(period.previousFrom, period.previousTo, t) }) : t('dashboard.kpi.growthNone'),
      tone: growth === null || growth === 0 ? undefined : growth > 0 ? 'good' : 'bad',
    },
    target
      ? {
          key: 'target', href: '#/roadmap', label: t('dashboard.kpi.target', { year }), value: shareText(target.achievedPct, locale),
          note: t('dashboard.kpi.targetNote', { value: usd(target.yearUsdCents, locale, t) }),
        }
      : { key: 'target', href: '#/roadmap', label: t('dashboard.kpi.target', { year }), value: t('dashboard.kpi.targetNone'), note: `${t('dashboard.kpi.targetNoneLink')} →`, isAbsent: true },
    orders
      ? { key: 'orders', href: '#/orders', label: t('dashboard.kpi.openOrders'), value: fmt(orders.openOrders), note: bigMoney(orders.openValueIdr, 'IDR', locale, t) }
      : { key: 'orders', href: '#/orders', label: t('dashboard.kpi.openOrders'), value: t('dashboard.kpi.noOrders'), note: `${t('dashboard.orders.noneLink')} →`, isAbsent: true },
    late
      ? {
          key: 'late', href: '#/plan', label: t('dashboard.kpi.late'), value: fmt(late.lines),
          note: late.lines > 0 ? t('dashboard.kpi.lateNote', { qty: fmt(late.shortQty) }) : t('dashboard.planFrom', { date: formatDateId(board.plan?.today) }),
          tone: late.lines > 0 ? 'bad' : 'good',
        }
      : { key: 'late', href: '#/plan', label: t('dashboard.kpi.late'), value: t('dashboard.kpi.noPlan'), note: `${t('dashboard.kpi.planFirst')} →`, isAbsent: true },
    purchases
      ? {
          // All open suggestions, the same count as the plan, purchasing and the materials report.
          key: 'buy', href: '#/purchases', label: t('dashboard.kpi.buy'), value: fmt(purchases.open),
          note: purchases.openLate > 0 ? t('dashboard.kpi.buyNote', { count: purchases.openLate, formatted: fmt(purchases.openLate) }) : t('dashboard.kpi.buyNoneLate'),
          tone: purchases.openLate > 0 ? 'bad' : undefined,
        }
      : { key: 'buy', href: '#/plan', label: t('dashboard.kpi.buy'), value: t('dashboard.kpi.noPlan'), note: `${t('dashboard.kpi.planFirst')} →`, isAbsent: true },
  ];
  return (
    <div className="dash-kpis">
      {tiles.map((tile) => (
        <a key={tile.key} className={`dash-kpi${tile.tone ? ` is-${tile.tone}` : ''}`} href={tile.href} data-testid={`kpi-${tile.key}`}>
          <span className="dash-kpi-label">{tile.label}</span>
          <span className={`dash-kpi-value${tile.isAbsent ? ' is-absent' : ''}`} data-testid={`kpi-${tile.key}-value`}>{tile.value}</span>
          <span className="dash-kpi-note" title={tile.note}>{tile.note}</span>
          {tile.warning ? <span className="dash-kpi-note is-warning" title={tile.warning} data-testid={`kpi-${tile.key}-warning`}>{tile.warning}</span> : null}
        </a>
      ))}
    </div>
  );
}
