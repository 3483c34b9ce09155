import { useTranslation } from 'react-i18next';
import type { ExportPerformance } from '../../../../shared/api/exports';
import { PerformanceTable } from './PerformanceTable';
import { periodText } from '../../platform/common/reportFormat';

/** By month beside by destination, then by category and by HS code: each a panel with its table. */
export function PerformanceBreakdowns({ report, className = 'plain-table compact' }: { report: ExportPerformance; className?: string }) {
  const { t } = useTranslation();
  const { period } = report;
  const headers = { currentHeader: periodText(period.from, period.to, t), previousHeader: periodText(period.previousFrom, period.previousTo, t), className };
  const sections = [
    { key: 'month', title: t('exports.reports.byMonth'), keyHeader: t('exports.reports.column.month'), lines: report.byMonth, showKey: false },
    { key: 'country', title: t('exports.reports.byCountry'), keyHeader: t('exports.reports.column.country'), lines: report.byCountry, showKey: true },
    { key: 'category', title: t('exports.reports.byCategory'), keyHeader: t('exports.reports.column.category'), lines: report.byCategory, showKey: false },
    { key: 'hsCode', title: t('exports.reports.byHsCode'), keyHeader: t('exports.reports.column.hsCode'), lines: report.byHsCode, showKey: false },
  ];
  return (
    <div className="report-sections">
      {sections.map((section) => (
        <section className="panel report-section" key={section.key}>
          <h2 className="panel-title">{section.title}</h2>
          <PerformanceTable keyHeader={section.keyHeader} lines={section.lines} showKey={section.showKey} testId={`report-by-${section.key}`} {...headers} />
        </section>
      ))}
    </div>
  );
}
