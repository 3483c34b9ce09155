import { useTranslation } from 'react-i18next';
import { performanceWithoutFobNotes } from '../../../../shared/api/report-shipments';
import { useApp } from '../../platform/appContext';
import { formatAmount } from '../../platform/common/format';
import { useCallData } from '../../platform/common/useCallData';
import { PerformanceTable } from './PerformanceTable';
import { growthText, missingTargetText, monthText, periodText, shareText } from '../../platform/common/reportFormat';
import '../reports.css';
import { monthSourceNotes, partialMonthText } from '../../shipments/export-history/monthSourceText';
import { PrintDocument } from '../../platform/print/PrintDocument';

/**
 * LAPORAN KINERJA EKSPOR on A4: the headline figures, the months without data named, then the
 * period by month, destination, category and HS code, and the chair's and secretary's signatures.
 */
export function ExportPerformancePrint({ from, to, today }: { from: string; to: string; today: string }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const report = useCallData('reports:exportPerformance', { from, to });
  if (!report.data) return <div className="boot-message">{report.error ?? t('ui.common.loading')}</div>;
  const data = report.data;
  const { period } = data;
  const current = periodText(period.from, period.to, t);
  const previous = periodText(period.previousFrom, period.previousTo, t);
  const usd = (cents: number | null) => (cents === null ? t('exports.reports.noData') : formatAmount(cents, 'USD', locale));
  const months = (list: string[]) => list.map((month) => monthText(month, t)).join(', ');
  const figures = [
    { key: 'current', label: t('exports.reports.current'), value: usd(data.currentUsdCents), note: current },
    { key: 'previous', label: t('exports.reports.previous'), value: usd(data.previousUsdCents), note: previous },
    { key: 'growth', label: t('exports.reports.growth'), value: data.growthPct === null ? t('exports.reports.growthNone') : growthText(data.growthPct, locale), note: '' },
    data.target
      ? {
        key: 'target', label: t('exports.reports.target'), value: shareText(data.target.pct, locale),
        note: t('roadmap.exportTarget.note', { year: period.to.slice(0, 4), amount: usd(data.target.usd) }),
      }
      : { key: 'target', label: t('exports.reports.target'), ...missingTargetText(data, t) },
  ];
  const sections = [
    { key: 'month', title: t('exports.reports.byMonth'), keyHeader: t('exports.reports.column.month'), lines: data.byMonth, showKey: false },
    { key: 'country', title: t('exports.reports.byCountry'), keyHeader: t('exports.reports.column.country'), lines: data.byCountry, showKey: true },
    { key: 'category', title: t('exports.reports.byCategory'), keyHeader: t('exports.reports.column.category'), lines: data.byCategory, showKey: false },
    { key: 'hsCode', title: t('exports.reports.byHsCode'), keyHeader: t('exports.reports.column.hsCode'), lines: data.byHsCode, showKey: false },
  ];
  return (
    <PrintDocument
      list="export-performance"
      fileName={`${t('exports.workbook.fileWord')}-${period.from}-${period.to}.pdf`}
      back="reports"
      title={t('exports.workbook.title')}
      today={today}
      orientation="portrait"
      note={t('exports.reports.printNote', { current, previous })}
      totals={<div className="print-totals">{t('exports.reports.printSource')}</div>}
    >
      <div className="print-headline" data-testid="print-headline">
        {figures.map((figure) => (
          <div key={figure.key}>
            <div className="print-headline-label">{figure.label}</div>
            <div className={`print-headline-value${figure.key === 'target' && !data.target ? ' is-absent' : ''}`} data-testid={`print-${figure.key}`}>
              {figure.value}
            </div>
            <div className="print-headline-note">{figure.note}</div>
          </div>
        ))}
      </div>
      {data.missingMonths.length > 0 ? <p className="print-note" data-testid="print-missing">{t('exports.reports.missing', { months: months(data.missingMonths) })}</p> : null}
      {performanceWithoutFobNotes(t, data.withoutFob).map((note) => <p className="print-note" key={note} data-testid="print-without-fob">{note}</p>)}
      {data.missingPreviousMonths.length > 0 ? <p className="print-note">{t('exports.reports.missingPrevious', { months: months(data.missingPreviousMonths) })}</p> : null}
      {[partialMonthText(period, t), ...monthSourceNotes(data.monthSources, t, locale)].filter((note): note is string => note !== null).map((note) => (
        <p className="print-note" key={note} data-testid="print-export-note">{note}</p>
      ))}
      {sections.map((section) => (
        <section className="print-section-pair" key={section.key}>
          <h2 className="print-section">{section.title}</h2>
          <PerformanceTable
            keyHeader={section.keyHeader}
            lines={section.lines}
            showKey={section.showKey}
            currentHeader={current}
            previousHeader={previous}
            className="print-table"
            testId={`print-by-${section.key}`}
          />
        </section>
      ))}
    </PrintDocument>
  );
}
