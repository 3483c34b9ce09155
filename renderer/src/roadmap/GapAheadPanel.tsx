import { useTranslation } from 'react-i18next';
import type { GapAhead, GapLine } from '../../../shared/api/roadmap';
import { useApp } from '../platform/appContext';
import { formatAmount, formatNumber } from '../platform/common/format';
import { monthText } from '../platform/common/reportFormat';

/**
 * "Kebutuhan ke depan": next year's export target at today's productivity — the exports of the
 * last twelve months per worker, per unit, per piece of capacity — with the formula written out
 * and worked for workers, so the manager can check it by hand.
 */
export function GapAheadPanel({ gap, currentYear, className = 'panel gap-panel' }: { gap: GapAhead; currentYear: number; className?: string }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const usd = (cents: number) => formatAmount(cents, 'USD', locale);
  const value = (line: GapLine, figure: number | null) => (figure === null ? '—' : line.key === 'exports' ? usd(figure) : formatNumber(figure, locale));
  const months = { from: monthText(gap.basisFrom, t), to: monthText(gap.basisTo, t) };
  const workers = gap.lines.find((line) => line.key === 'workers');
  return (
    <section className={className} data-testid="gap-panel">
      <h2 className="panel-title">{gap.targetYear ? t('roadmap.gapPanel.title', { year: gap.targetYear }) : t('roadmap.workbook.gapTitle', { year: currentYear + 1 })}</h2>
      {gap.reason === 'no-target' ? <p className="panel-note" data-testid="gap-reason">{t('roadmap.workbook.gapNoTarget')}</p> : null}
      {gap.reason !== 'no-target' ? <p className="panel-note">{t('roadmap.gapPanel.basis', { ...months, amount: usd(gap.basisUsdCents) })}</p> : null}
      {gap.lines.length > 0 ? (
        <table className="plain-table compact gap-table" data-testid="gap-table">
          <thead>
            <tr>
              <th>{t('roadmap.gapPanel.column.item')}</th>
              <th className="num">{t('roadmap.gapPanel.column.now')}</th>
              <th className="num">{t('roadmap.gapPanel.column.needed')}</th>
              <th className="num">{t('roadmap.gapPanel.column.gap')}</th>
            </tr>
          </thead>
          <tbody>
            {gap.lines.map((line) => (
              <tr key={line.key} data-testid={`gap-${line.key}`}>
                <td>
                  {t(`roadmap.gap.${line.key}`)}
                  {line.exportsPerOne !== null && line.key !== 'exports' ? (
                    <div className="gap-per-one">{t('roadmap.gapPanel.perOne', { amount: usd(line.exportsPerOne), what: t(`roadmap.gapPanel.per.${line.key}`) })}</div>
                  ) : null}
                </td>
                <td className="num nowrap">{value(line, line.now)}</td>
                <td className="num nowrap strong">{value(line, line.needed)}</td>
                <td className={`num nowrap${line.gap !== null && line.gap > 0 ? ' gap-short' : ''}`}>
                  {line.gap === null ? '—' : line.gap <= 0 ? t('roadmap.gapPanel.enough') : `+${value(line, line.gap)}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {gap.reason === 'no-exports' ? <p className="report-warning" data-testid="gap-reason">{t('roadmap.workbook.gapNoExports', months)}</p> : null}
      {gap.reason === null && workers && workers.exportsPerOne !== null && workers.needed !== null && gap.targetUsdCents !== null ? (
        <p className="gap-formula" data-testid="gap-formula">
          {t('roadmap.gapPanel.formula', { year: gap.targetYear, target: usd(gap.targetUsdCents), perOne: usd(workers.exportsPerOne), needed: formatNumber(workers.needed, locale) })}
        </p>
      ) : null}
      {gap.reason === null && gap.monthsWithData < 12 ? <p className="report-warning">{t('roadmap.workbook.gapPartial', { count: gap.monthsWithData })}</p> : null}
      {gap.targetYear !== null && gap.targetYear <= currentYear ? <p className="panel-note">{t('roadmap.gapPanel.endsNote', { year: gap.targetYear })}</p> : null}
    </section>
  );
}
