import { useTranslation } from 'react-i18next';
import type { DashboardExports } from '../../../shared/api/dashboard';
import type { PerformanceLine } from '../../../shared/api/exports';
import { useApp } from '../platform/appContext';
import { ChartLegend } from '../platform/charts/ChartLegend';
import { Donut } from '../../../shared/charts/Donut';
import { HorizontalBars } from '../platform/charts/HorizontalBars';
import { sliceColour } from '../../../shared/charts/scale';
import { growthText, periodText, shareText } from '../platform/common/reportFormat';
import { Card, NoData } from './Card';
import { bareMoney, usd, wholePct } from '../platform/common/summaryFormat';

/**
 * Where this year's exports went (destinations as ranked bars, last year's figure as a mark) or
 * what they were (categories as a ring): top five and the rest, figures beside and on hover.
 */
export function ExportSharesCard({ exports, by }: { exports: DashboardExports; by: 'country' | 'category' }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const lines = by === 'country' ? exports.byCountry : exports.byCategory;
  const title = t(by === 'country' ? 'dashboard.exports.byCountry' : 'dashboard.exports.byCategory');
  const testId = `dash-export-${by}`;
  const period = exports.period;
  if (!period || lines.length === 0) {
    return (
      <Card title={title} testId={testId} className="dash-shares">
        <NoData
          text={t('dashboard.exports.noneThisYear', {
            year: exports.year, last: exports.year - 1, value: exports.lastYearUsdCents === null ? t('exports.reports.noData') : usd(exports.lastYearUsdCents, locale, t),
          })}
          testId={`${testId}-none`}
        />
      </Card>
    );
  }
  const previousYear = Number(period.previousFrom.slice(0, 4));
  const tip = (line: PerformanceLine) =>
    t('dashboard.exports.lineTip', {
      label: line.label, value: usd(line.currentUsdCents, locale, t), share: shareText(line.sharePct, locale), year: previousYear,
      previous: `${usd(line.previousUsdCents, locale, t)} (${growthText(line.growthPct, locale)})`,
    });
  const colour = (line: PerformanceLine, index: number) => sliceColour(index, line.key === 'other');
  const aside = <span className="muted">{`${periodText(period.from, period.to, t)} · USD`}</span>;
  const figure = (line: PerformanceLine) => bareMoney(line.currentUsdCents, 'USD', locale, t);
  if (by === 'country') {
    const rows = lines.map((line) => ({
      key: line.key, label: line.label, value: line.currentUsdCents, figure: figure(line), note: wholePct((line.sharePct ?? 0) / 100, locale),
      reference: line.previousUsdCents, colour: colour(line, 0), tip: tip(line),
    }));
    return (
      <Card title={title} aside={aside} testId={testId} className="dash-shares">
        <HorizontalBars rows={rows} testId="export-country-bars" />
        <ChartLegend items={[{ key: 'previous', label: periodText(period.previousFrom, period.previousTo, t), colour: '#1c2733', shape: 'tick' }]} />
      </Card>
    );
  }
  return (
    <Card title={title} aside={aside} testId={testId} className="dash-shares">
      <div className="donut-layout">
        <Donut
          slices={lines.map((line, index) => ({ key: line.key, value: line.currentUsdCents, colour: colour(line, index), tip: tip(line) }))}
          centre={lines[0] ? wholePct((lines[0].sharePct ?? 0) / 100, locale) : undefined}
          centreNote={lines[0]?.label}
          label={title}
          testId="export-category-donut"
        />
        <ChartLegend
          testId="export-category-legend"
          items={lines.map((line, index) => ({ key: line.key, label: line.label, colour: colour(line, index), figure: figure(line) }))}
        />
      </div>
    </Card>
  );
}
