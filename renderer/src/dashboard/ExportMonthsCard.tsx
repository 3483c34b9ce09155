import { useTranslation } from 'react-i18next';
import type { DashboardExports } from '../../../shared/api/dashboard';
import { useApp } from '../platform/appContext';
import { ChartLegend } from '../platform/charts/ChartLegend';
import { GroupedBars } from '../../../shared/charts/GroupedBars';
import { REST_COLOUR, SLICE_COLOURS } from '../../../shared/charts/scale';
import { monthText } from '../platform/common/reportFormat';
import { monthSourceNotes } from '../shipments/export-history/monthSourceText';
import { Card } from './Card';
import { compactNumber, usd } from '../platform/common/summaryFormat';

/** This year's exports month by month beside last year's; months without figures stay empty. */
export function ExportMonthsCard({ exports }: { exports: DashboardExports }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const { year } = exports;
  // Unknown is "belum ada data", never 0 (the reports' words).
  const money = (cents: number | null) => (cents === null ? t('exports.reports.noData') : usd(cents, locale, t));
  const sourceNotes = monthSourceNotes(exports.monthSources, t, locale);
  const groups = exports.byMonth.map((row) => {
    const month = String(row.month).padStart(2, '0');
    return {
      key: month,
      label: t(`exports.monthShort.${row.month}`),
      values: [row.currentUsdCents === null ? null : row.currentUsdCents / 100, row.previousUsdCents === null ? null : row.previousUsdCents / 100],
      tip: t('dashboard.exports.monthTip', {
        month: monthText(`${year}-${month}`, t), current: money(row.currentUsdCents),
        previousMonth: monthText(`${year - 1}-${month}`, t), previous: money(row.previousUsdCents),
      }),
    };
  });
  const series = [
    { key: 'current', label: String(year), colour: SLICE_COLOURS[0] },
    { key: 'previous', label: String(year - 1), colour: REST_COLOUR },
  ];
  const missing = exports.missingMonths.map((month) => monthText(month, t)).join(', ');
  const missingBefore = exports.missingPreviousMonths.map((month) => monthText(month, t)).join(', ');
  return (
    <Card
      title={t('dashboard.exports.byMonth')}
      aside={<ChartLegend items={series} />}
      link={{ href: '#/reports', label: t('dashboard.exports.report') }}
      className="dash-months"
      testId="dash-export-months"
    >
      <GroupedBars height={212} groups={groups} series={series} formatTick={(value) => compactNumber(value, locale)} label={t('dashboard.exports.byMonth')} testId="export-month-bars" />
      {missing ? <p className="dash-warning">{t('dashboard.exports.missing', { months: missing })}</p> : null}
      {missingBefore ? <p className="dash-warning" data-testid="dash-export-missing-previous">{t('exports.reports.missingPrevious', { months: missingBefore })}</p> : null}
      {sourceNotes.map((note) => <p className="dash-warning" key={note} data-testid="dash-export-month-source">{note}</p>)}
    </Card>
  );
}
