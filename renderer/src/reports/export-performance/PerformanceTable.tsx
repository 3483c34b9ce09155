import { useTranslation } from 'react-i18next';
import { monthSourceWord } from '../../shipments/export-history/monthSourceText';
import type { PerformanceLine } from '../../../../shared/api/exports';
import { useApp } from '../../platform/appContext';
import { formatAmount } from '../../platform/common/format';
import { PairBars } from './PairBars';
import { growthText, shareText } from '../../platform/common/reportFormat';

interface PerformanceTableProps {
  keyHeader: string;
  lines: PerformanceLine[];
  /** The two periods, as the money columns are headed (`Jan–Nov 2026`). */
  currentHeader: string;
  previousHeader: string;
  /** Show the line's key beside its label (a country's ISO code). */
  showKey?: boolean;
  /** `plain-table` on screen, `print-table` on paper. */
  className: string;
  testId: string;
}

/** One breakdown of export performance: bars where the eye compares, figures where the hand copies. */
export function PerformanceTable({ keyHeader, lines, currentHeader, previousHeader, showKey = false, className, testId }: PerformanceTableProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const usd = (cents: number) => formatAmount(cents, 'USD', locale);
  const noData = <span className="no-data">{t('exports.reports.noData')}</span>;
  const max = Math.max(0, ...lines.flatMap((line) => [line.currentUsdCents, line.previousUsdCents]));
  const current = lines.reduce((sum, line) => sum + line.currentUsdCents, 0);
  const previous = lines.reduce((sum, line) => sum + line.previousUsdCents, 0);
  return (
    <table className={`${className} performance-table`} data-testid={testId}>
      <thead>
        <tr>
          <th>{keyHeader}</th>
          <th className="bars-cell">{t('exports.reports.column.bars')}</th>
          <th className="num">{currentHeader}</th>
          <th className="num">{previousHeader}</th>
          <th className="num">{t('exports.reports.column.growth')}</th>
          <th className="num">{t('exports.reports.column.share')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.key} data-testid={`${testId}-line`} data-key={line.key}>
            <td className="nowrap">
              {showKey ? `${line.label} (${line.key})` : line.label}
              {/* A month counted from history, or with two sources (chosen or not), says so. */}
              {monthSourceWord(line.source, t) ? <span className="muted" data-testid={`${testId}-source`}>{` · ${monthSourceWord(line.source, t)}`}</span> : null}
            </td>
            <td className="bars-cell">
              <PairBars current={line.currentUsdCents} previous={line.previousUsdCents} max={max} />
            </td>
            <td className="num nowrap">{line.currentKnown ? usd(line.currentUsdCents) : noData}</td>
            <td className="num nowrap muted-figure">{line.previousKnown ? usd(line.previousUsdCents) : noData}</td>
            <td className={`num nowrap ${line.growthPct !== null && line.growthPct < 0 ? 'figure-down' : ''}`}>{growthText(line.growthPct, locale)}</td>
            <td className="num nowrap">{shareText(line.sharePct, locale)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="print-sum">
          <td>{t('exports.reports.total')}</td>
          <td />
          <td className="num nowrap">{usd(current)}</td>
          <td className="num nowrap">{usd(previous)}</td>
          <td className="num nowrap">{growthText(previous === 0 ? null : Math.round(((current - previous) / previous) * 10_000) / 100, locale)}</td>
          <td className="num nowrap">{current > 0 ? shareText(100, locale) : '—'}</td>
        </tr>
      </tfoot>
    </table>
  );
}
