import { useTranslation } from 'react-i18next';
import { navigate } from '../../platform/common/hashRoute';
import { ReportProgress } from '../ReportProgress';
import { useReportDownload } from '../useReportDownload';
import { RoadmapFacts } from '../../roadmap/RoadmapFacts';
import { useRoadmap } from '../../roadmap/useRoadmap';
import '../../roadmap/roadmap.css';

/** Laporan › Capaian Roadmap: the year's standing, and the report as a workbook or an A4 page; the roadmap itself is edited on its own screen. */
export function RoadmapReport() {
  const { t } = useTranslation();
  const { view, error } = useRoadmap();
  const { notice, job, isBusy, download, cancel } = useReportDownload('roadmap');

  return (
    <section className="report-body" data-testid="report-roadmap">
      <div className="toolbar period-bar">
        <span>{view ? t('roadmap.report.lead', { name: view.name }) : null}</span>
        <div className="period-actions">
          <button type="button" className="button" onClick={() => navigate({ page: 'roadmap' })} data-testid="report-roadmap-open">
            {t('roadmap.report.open')}
          </button>
          <button type="button" className="button" disabled={!view || isBusy} onClick={() => void download()} data-testid="report-download">
            {t('roadmap.page.download')}
          </button>
          <button type="button" className="button primary" disabled={!view} onClick={() => navigate({ page: 'print', list: 'roadmap' })} data-testid="report-print">
            {t('roadmap.page.print')}
          </button>
        </div>
      </div>
      {job ? <ReportProgress job={job} onCancel={() => void cancel()} /> : null}
      {notice ? <div className={notice.tone === 'error' ? 'form-error' : 'report-notice'} role="status" data-testid="report-notice">{notice.text}</div> : null}
      {error ? <div className="form-error" role="alert">{error}</div> : null}
      {view === null ? <p className="report-empty" data-testid="report-roadmap-none">{t('roadmap.report.none')}</p> : null}
      {view ? <RoadmapFacts view={view} /> : null}
    </section>
  );
}
