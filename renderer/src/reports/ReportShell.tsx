import type { ReactNode } from 'react';
import type { ReportName } from '../../../shared/api/exports';
import { navigate, type Route } from '../platform/common/hashRoute';
import { PeriodBar, type MonthPeriod } from './PeriodBar';
import { ReportProgress } from './ReportProgress';
import { useReportDownload } from './useReportDownload';

type PrintList = Extract<Route, { page: 'print'; from: string; to: string }>['list'];

interface ReportShellProps {
  name: ReportName;
  /** The report's A4 page (`#/print/<list>/<from>/<to>`). */
  printList: Exclude<PrintList, 'statement' | 'unit-card'>;
  today: string;
  period: MonthPeriod;
  onPeriod(period: MonthPeriod): void;
  children: ReactNode;
}

/**
 * The frame every report has on screen: the months, "Unduh Excel" (written on a worker, with its
 * progress and "Batalkan"), "Cetak" to the report's A4 page, and what became of the download; the
 * report's own figures inside.
 */
export function ReportShell({ name, printList, today, period, onPeriod, children }: ReportShellProps) {
  const { notice, setNotice, job, isBusy, download, cancel } = useReportDownload(name);
  return (
    <section className="report-body" data-testid={`report-${name}`}>
      <PeriodBar
        period={period}
        today={today}
        onChange={(next) => {
          setNotice(null);
          onPeriod(next);
        }}
        onDownload={() => void download(period)}
        onPrint={() => navigate({ page: 'print', list: printList, ...period })}
        isBusy={isBusy}
      />
      {job ? <ReportProgress job={job} onCancel={() => void cancel()} /> : null}
      {notice ? (
        <div className={notice.tone === 'error' ? 'form-error' : 'report-notice'} role="status" data-testid="report-notice">
          {notice.text}
        </div>
      ) : null}
      {children}
    </section>
  );
}
