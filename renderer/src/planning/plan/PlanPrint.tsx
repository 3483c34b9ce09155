import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { centreDayOf, formatDateId } from '../../../../shared/dates';
import { useApp } from '../../platform/appContext';
import { formatNumber } from '../../platform/common/format';
import { useCallData } from '../../platform/common/useCallData';
import { isOpenWork, namedSkus, planTiles, spreadText } from './planFacts';
import '../../platform/print/print-headline.css';
import { PlanPrintBuy } from './PlanPrintBuy';
import { PlanPrintLate } from './PlanPrintLate';
import { PlanPrintWork } from './PlanPrintWork';
import { workByWorkshop } from './planPrintModel';
import { PrintDocument } from '../../platform/print/PrintDocument';
import './plan-print.css';

/**
 * RENCANA PRODUKSI on A4 landscape: the last plan's figures as its screen shows them (the same
 * calls, the same words), the open SPKs by workshop with subtotals, the late lines, and what to
 * buy by when; then the signatures.
 */
export function PlanPrint({ today }: { today: string }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const last = useCallData('plan:last', {});
  const assignments = useCallData('plan:assignments', { limit: 10_000 });
  const toBuy = useCallData('purchases:toBuy', {});
  const products = useCallData('products:list', { includeRemoved: true });
  const open = useMemo(() => assignments.data?.filter(isOpenWork) ?? null, [assignments.data]);
  const units = useMemo(() => (open ? workByWorkshop(open) : null), [open]);
  const productNames = useMemo(() => new Map((products.data ?? []).map((product) => [product.sku, product.name])), [products.data]);
  const failure = last.error ?? assignments.error ?? toBuy.error ?? products.error;
  if (failure) return <div className="boot-message boot-error">{failure}</div>;
  if (last.isLoading || !open || !units || !products.data || toBuy.isLoading) return <div className="boot-message">{t('ui.common.loading')}</div>;
  const plan = last.data;
  if (!plan) return <div className="boot-message" data-testid="plan-print-none">{t('ui.plan.none')}</div>;
  const fmt = (value: number) => formatNumber(value, locale);
  const tiles = planTiles(plan, open.length, toBuy.data, fmt, t);
  return (
    <PrintDocument
      list="plan"
      fileName={t('plan.print.fileName', { date: plan.today })}
      back="plan"
      title={t('plan.print.title')}
      today={today}
      orientation="landscape"
      note={t('ui.plan.runAt', { today: formatDateId(plan.today), runAt: formatDateId(centreDayOf(plan.runAt)) })}
      totals={null}
    >
      <div className="print-headline plan-print-headline" data-testid="plan-print-tiles">
        {tiles.map((tile) => (
          <div key={tile.key} data-testid={`plan-print-tile-${tile.key}`}>
            <div className="print-headline-label">{tile.label}</div>
            <div className={`print-headline-value${tile.isBad ? ' plan-print-bad' : ''}`}>{tile.value}</div>
          </div>
        ))}
      </div>
      <p className="plan-print-line" data-testid="plan-print-fairness">{spreadText(plan, fmt, t)}</p>
      {plan.byPieces.length > 0 ? <p className="plan-print-line plan-print-small" data-testid="plan-print-by-pieces">{t('plan.byPieces', { skus: namedSkus(plan.byPieces, fmt) })}</p> : null}
      <h2 className="print-section">{t('plan.print.work')}</h2>
      <PlanPrintWork units={units} productNames={productNames} />
      {units.length > 0 ? <p className="plan-print-small plan-print-after">{t('plan.print.hoursNote')}</p> : null}
      <h2 className="print-section">{`${t('plan.print.late')} (${fmt(plan.late.length)})`}</h2>
      <PlanPrintLate lines={plan.late} />
      <h2 className="print-section">{t('purchasing.toBuy.title')}</h2>
      <PlanPrintBuy list={toBuy.data} />
    </PrintDocument>
  );
}
