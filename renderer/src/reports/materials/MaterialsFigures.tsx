import { useTranslation } from 'react-i18next';
import type { MaterialsReport } from '../../../../shared/api/report-materials';
import { useApp } from '../../platform/appContext';
import { formatAmount, formatNumber } from '../../platform/common/format';
import { bigMoney } from '../../platform/common/summaryFormat';

/** Stock, consumption and receipts in rupiah, the suggestions and the materials to reorder; no data is said, not shown as zero. */
export function MaterialsFigures({ report, className = 'headline-figures production-figures', cardClass = 'summary-card' }: { report: MaterialsReport; className?: string; cardClass?: string }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const s = (key: string, params?: Record<string, unknown>) => t(`reportMaterials.screen.${key}`, params);
  const idr = (value: number) => bigMoney(value, 'IDR', locale, t);
  // The exact sum under a rounded one; nothing when they read the same.
  const exact = (value: number) => (formatAmount(value, 'IDR', locale) === idr(value) ? '' : formatAmount(value, 'IDR', locale));
  const lines = report.plan?.lines ?? [];
  const late = lines.filter((line) => line.late).length;
  const cards = [
    { key: 'stock', label: s('stockValue'), value: report.hasStock ? idr(report.totals.stockValueIdr) : '—', note: s('materialsNote', { count: formatNumber(report.materials.length, locale) }), absent: !report.hasStock },
    { key: 'consumed', label: s('consumedValue'), value: idr(report.totals.consumedValueIdr), note: exact(report.totals.consumedValueIdr), absent: false },
    { key: 'received', label: s('receivedValue'), value: idr(report.totals.receivedValueIdr), note: exact(report.totals.receivedValueIdr), absent: false },
    {
      key: 'suggestions', label: s('suggestions'), value: report.plan ? formatNumber(lines.length, locale) : s('noPlan'),
      note: report.plan && late > 0 ? s('lateCount', { count: late }) : '', absent: !report.plan,
    },
    { key: 'reorder', label: s('belowReorder'), value: formatNumber(report.belowReorder, locale), note: s('belowNote'), absent: false },
  ];
  return (
    <div className={className}>
      {cards.map((card) => (
        <div className={cardClass} key={card.key} data-testid={`materials-${card.key}`}>
          <span className="summary-label">{card.label}</span>
          <span className={`headline-value${card.absent ? ' is-absent' : ''}`} data-testid={`materials-${card.key}-value`}>{card.value}</span>
          {card.note ? <span className="summary-note">{card.note}</span> : null}
        </div>
      ))}
    </div>
  );
}
