import { useTranslation } from 'react-i18next';
import { formatDateId } from '../../../shared/dates';
import { useCallData } from '../platform/common/useCallData';
import { ExportMonthsCard } from './ExportMonthsCard';
import { ExportSharesCard } from './ExportSharesCard';
import { KpiStrip } from './KpiStrip';
import { LateCard } from './LateCard';
import { LoadCard } from './LoadCard';
import { MissingRatesCard } from './MissingRatesCard';
import { NoData } from './Card';
import { OrdersCard } from './OrdersCard';
import { PurchasesCard } from './PurchasesCard';
import '../platform/charts/charts.css';
import './dashboard.css';

/**
 * Dasbor, the screen the app opens on: exports against last year and the target, the workshops'
 * load, late orders, materials to buy this week and the order book, each card a way into its page.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const board = useCallData('dashboard:get', {});
  const data = board.data;
  const planNote = data ? (data.plan ? t('dashboard.planFrom', { date: formatDateId(data.plan.today) }) : t('dashboard.noPlanYet')) : '';
  return (
    <div className="dashboard" data-testid="dashboard">
      <div className="dashboard-head">
        <h1 data-testid="page-title">{t('dashboard.title')}</h1>
        {data ? <span className="dashboard-as-of" data-testid="dashboard-as-of">{t('dashboard.subtitle', { date: formatDateId(data.today) })} · {planNote}</span> : null}
        <button type="button" className="button dashboard-reload" onClick={() => void board.reload()} disabled={board.isLoading} data-testid="dashboard-reload">
          ↻ {t('dashboard.refresh')}
        </button>
      </div>
      {board.error ? <div className="form-error" role="alert">{board.error}</div> : null}
      {!data ? <div className="boot-message">{t('ui.common.loading')}</div> : null}
      {data ? (
        <>
          <KpiStrip board={data} />
          {data.exports ? (
            <div className="dashboard-charts">
              <ExportMonthsCard exports={data.exports} />
              <ExportSharesCard exports={data.exports} by="country" />
              <ExportSharesCard exports={data.exports} by="category" />
            </div>
          ) : (
            <section className="dash-card dashboard-charts-empty" data-testid="dash-exports">
              <NoData
                text={t('dashboard.exports.none', { from: Number(data.today.slice(0, 4)) - 1, to: data.today.slice(0, 4) })}
                link={{ href: '#/exports', label: t('dashboard.exports.noneLink') }}
                testId="dash-exports-none"
              />
            </section>
          )}
          <div className="dashboard-ops">
            <LoadCard load={data.load} />
            <LateCard late={data.late} planDate={data.plan?.today ?? null} today={data.today} />
            <PurchasesCard purchases={data.purchases} />
            <OrdersCard orders={data.orders} />
            <MissingRatesCard />
          </div>
        </>
      ) : null}
    </div>
  );
}
