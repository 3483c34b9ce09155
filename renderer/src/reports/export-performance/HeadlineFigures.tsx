import { useTranslation } from 'react-i18next';
import type { ExportPerformance } from '../../../../shared/api/exports';
import { useApp } from '../../platform/appContext';
import { formatAmount } from '../../platform/common/format';
import { cardMoney, growthText, missingTargetText, periodText, shareText } from '../../platform/common/reportFormat';

/** The four figures a manager reads first: this period, a year earlier, growth, and the roadmap target (absent, and said so). */
export function HeadlineFigures({ report }: { report: ExportPerformance }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const { period } = report;
  const usd = (cents: number) => formatAmount(cents, 'USD', locale);
  // Unknown totals (null) read "belum ada data", never 0; no change is computed from them.
  const change = (report.currentUsdCents ?? 0) - (report.previousUsdCents ?? 0);
  const sumCard = (cents: number | null, months: string) => {
    if (cents === null) return { value: t('exports.reports.noData'), note: months };
    const { value, exact } = cardMoney(cents, 'USD', locale, t);
    return { value, note: exact ? `${months} · ${exact}` : months };
  };
  const cards = [
    { key: 'current', label: t('exports.reports.current'), ...sumCard(report.currentUsdCents, periodText(period.from, period.to, t)) },
    { key: 'previous', label: t('exports.reports.previous'), ...sumCard(report.previousUsdCents, periodText(period.previousFrom, period.previousTo, t)) },
    {
      key: 'growth', label: t('exports.reports.growth'),
      value: report.growthPct === null ? t('exports.reports.growthNone') : growthText(report.growthPct, locale),
      note: report.growthPct === null ? t('exports.reports.growthNoneNote') : t('exports.reports.change', { amount: `${change < 0 ? '−' : '+'}${usd(Math.abs(change))}` }),
    },
    report.target
      ? {
        key: 'target', label: t('exports.reports.target'), value: shareText(report.target.pct, locale),
        note: t('roadmap.exportTarget.note', { year: period.to.slice(0, 4), amount: usd(report.target.usd) }),
      }
      : { key: 'target', label: t('exports.reports.target'), ...missingTargetText(report, t) },
  ];
  return (
    <div className="headline-figures">
      {cards.map((card) => (
        <div className={`summary-card headline-${card.key}`} key={card.key} data-testid={`report-${card.key}`}>
          <span className="summary-label">{card.label}</span>
          <span className={`headline-value${(card.key === 'target' && !report.target) || (card.key === 'growth' && report.growthPct === null) ? ' is-absent' : ''}`} data-testid={`report-${card.key}-value`}>
            {card.value}
          </span>
          <span className="summary-note">{card.note}</span>
          {card.key === 'growth' && report.missingMonths.length > 0 ? (
            <span className="summary-note headline-warning">{t('exports.reports.growthIncomplete', { count: report.missingMonths.length })}</span>
          ) : null}
        </div>
      ))}
    </div>
  );
}
