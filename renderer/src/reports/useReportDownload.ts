import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportName } from '../../../shared/api/exports';
import type { JobProgress } from '../../../shared/api/jobs';
import { call, deliverFile } from '../platform/api/client';
import { errorMessage } from '../platform/common/format';

/** How often a running report is asked how far it is: often enough for a moving bar, cheap for the app. */
const POLL_MS = 250;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * "Unduh Excel" for a report and a period: the report is written on a worker thread (jobs:*),
 * its progress shown while it runs, cancellable, and the file handed over once done.
 */
export function useReportDownload(name: ReportName) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const [job, setJob] = useState<JobProgress | null>(null);
  // The job being watched; cleared by cancel or when the screen goes, which stops the watching.
  const watched = useRef<string | null>(null);
  useEffect(() => () => {
    if (watched.current) void call('jobs:cancel', { jobId: watched.current }).catch(() => undefined);
    watched.current = null;
  }, []);

  async function download(period: { from?: string; to?: string } = {}) {
    setNotice(null);
    let jobId: string | null = null;
    // After every wait: "Batalkan" (or leaving the screen) may have happened meanwhile.
    const stillWatched = () => jobId !== null && watched.current === jobId;
    try {
      let progress = await call('jobs:startReport', { name, ...period });
      jobId = progress.jobId;
      watched.current = jobId;
      setJob(progress);
      while (progress.state === 'running') {
        await pause(POLL_MS);
        if (!stillWatched()) return;
        progress = await call('jobs:progress', { jobId: progress.jobId });
        if (!stillWatched()) return;
        setJob(progress);
      }
      if (progress.state === 'failed') {
        setNotice({ tone: 'error', text: progress.error?.message ?? t('jobs.errors.notDone') });
        return;
      }
      const file = await call('jobs:result', { jobId: progress.jobId });
      if (!stillWatched()) return;
      await deliverFile(file);
      setNotice({ tone: 'info', text: t('exports.reports.fileReady', { file: file.fileName }) });
    } catch (error) {
      if (jobId === null || stillWatched()) setNotice({ tone: 'error', text: errorMessage(error) });
    } finally {
      if (stillWatched()) {
        watched.current = null;
        setJob(null);
      }
    }
  }

  async function cancel() {
    const jobId = watched.current;
    if (!jobId) return;
    watched.current = null;
    setJob(null);
    try {
      await call('jobs:cancel', { jobId });
      setNotice({ tone: 'info', text: t('jobs.cancelled') });
    } catch (error) {
      setNotice({ tone: 'error', text: errorMessage(error) });
    }
  }

  return { notice, setNotice, job, isBusy: job !== null, download, cancel };
}
