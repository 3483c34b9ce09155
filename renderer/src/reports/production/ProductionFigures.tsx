import { useTranslation } from 'react-i18next';
import type { ProductionReport } from '../../../../shared/api/report-production';
import { useApp } from '../../platform/appContext';
import { formatAmount, formatNumber } from '../../platform/common/format';
import { bigMoney } from '../../platform/common/summaryFormat';
import { monthText, shareText } from '../../platform/common/reportFormat';

/** The figures a manager reads first; without deliveries or capacity they say so instead of showing zero. */
export function ProductionFigures({ report, className = 'headline-figures production-figures', cardClass = 'summary-card' }: { report: ProductionReport; className?: string; cardClass?: string }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const s = (key: string, params?: Record<string, unknown>) => t(`reportProduction.screen.${key}`, params);
  const n = (value: number) => formatNumber(value, locale);
  const { total, figures } = report;
  const delivered = figures.producedQty !== null;
  const missing = figures.missingMonths.length > 0 && delivered ? s('missing', { months: figures.missingMonths.map((month) => monthText(month, t)).join(', ') }) : '';
  const partial = figures.unpricedOrders.length > 0 ? s('partial', { count: figures.unpricedOrders.length }) : '';
  const cards = [
    { key: 'assigned', label: s('assigned'), value: s('pieces', { count: n(total.assigned) }), note: '', absent: false },
    {
      key: 'utilisation', label: s('utilisation'), value: report.utilisationPct === null ? s('noCapacity') : shareText(report.utilisationPct, locale),
      note: [figures.capacity === null ? '' : s('ofCapacity', { count: n(figures.capacity) }), missing].filter(Boolean).join(' · '), absent: report.utilisationPct === null,
    },
    { key: 'delivered', label: s('delivered'), value: delivered ? s('pieces', { count: n(total.delivered) }) : s('noDeliveries'), note: delivered ? s('acceptedNote', { count: n(total.accepted) }) : s('noDeliveriesNote'), absent: !delivered },
    { key: 'rejects', label: s('rejectPct'), value: delivered ? shareText(report.rejectPct, locale) : '—', note: delivered ? s('rejectedOf', { rejected: n(total.rejected), delivered: n(total.delivered) }) : '', absent: !delivered },
    { key: 'value', label: s('value'), value: delivered ? bigMoney(total.valueIdr, 'IDR', locale, t) : '—', note: [delivered && total.valueIdr >= 1_000_000 ? formatAmount(total.valueIdr, 'IDR', locale) : '', partial].filter(Boolean).join(' · '), absent: !delivered },
  ];
  return (
    <div className={className}>
      {cards.map((card) => (
        <div className={cardClass} key={card.key} data-testid={`production-${card.key}`}>
          <span className="summary-label">{card.label}</span>
          <span className={`headline-value${card.absent ? ' is-absent' : ''}`} data-testid={`production-${card.key}-value`}>{card.value}</span>
          {card.note ? <span className="summary-note">{card.note}</span> : null}
        </div>
      ))}
    </div>
  );
}
