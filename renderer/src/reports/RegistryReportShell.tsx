import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportName } from '../../../shared/api/exports';
import { call, deliverFile } from '../api/client';
import { errorMessage } from '../common/format';
import { navigate } from '../common/hashRoute';
import { PeriodBar, type MonthPeriod } from './PeriodBar';

interface RegistryReportShellProps {
  name: Extract<ReportName, 'registry' | 'government'>;
  today: string;
  /** The report's own view of the chosen period. */
  children(period: MonthPeriod): ReactNode;
}

/**
 * The frame of the registry reports on screen: the period (year to date at first), "Unduh Excel"
 * through files:report and "Cetak" to the report's A4 page, and what became of the download.
 */
export function RegistryReportShell({ name, today, children }: RegistryReportShellProps) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<MonthPeriod>({ from: `${today.slice(0, 4)}-01`, to: today.slice(0, 7) });
  const [notice, setNotice] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function download() {
    setIsBusy(true);
    try {
      const file = await call('files:report', { name, ...period });
      await deliverFile(file.fileName, file.dataBase64);
      setNotice({ tone: 'info', text: t('exports.reports.fileReady', { file: file.fileName }) });
    } catch (error) {
      setNotice({ tone: 'error', text: errorMessage(error) });
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <section className="report-body" data-testid={`report-${name}`}>
      <PeriodBar
        period={period}
        today={today}
        onChange={(next) => {
          setNotice(null);
          setPeriod(next);
        }}
        onDownload={() => void download()}
        onPrint={() => navigate({ page: 'print', list: name, ...period })}
        isBusy={isBusy}
      />
      {notice ? (
        <div className={notice.tone === 'error' ? 'form-error' : 'report-notice'} role="status" data-testid="report-notice">
          {notice.text}
        </div>
      ) : null}
      {children(period)}
    </section>
  );
}
