import { useTranslation } from 'react-i18next';
import type { JobProgress } from '../../../shared/api/jobs';
import { useApp } from '../platform/appContext';
import { formatNumber } from '../platform/common/format';

/**
 * A report being written: a bar (filling where the report knows its rows, sliding where it does
 * not yet) with the rows done, and "Batalkan", which stops it without leaving a file.
 */
export function ReportProgress({ job, onCancel }: { job: JobProgress; onCancel(): void }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const known = job.total > 0;
  const pct = known ? Math.min(100, Math.floor((job.done / job.total) * 100)) : null;
  return (
    <div className="report-progress" role="status" data-testid="report-progress">
      <div
        className={`report-progress-bar${known ? '' : ' sliding'}`}
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct ?? undefined}
      >
        <span style={{ width: known ? `${pct}%` : undefined }} />
      </div>
      <span className="report-progress-text" data-testid="report-progress-text">
        {known
          ? t('jobs.writingRows', { done: formatNumber(job.done, locale), total: formatNumber(job.total, locale), pct })
          : t('jobs.writing')}
      </span>
      <button type="button" className="button" data-testid="report-cancel" onClick={onCancel}>
        {t('jobs.cancel')}
      </button>
    </div>
  );
}
