import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportName } from '../../../shared/api/exports';
import { call, deliverFile } from '../api/client';
import { errorMessage } from '../common/format';

/** "Unduh Excel" for a report and a period: the file through files:report, then a notice. */
export function useReportDownload(name: ReportName) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  async function download(period: { from: string; to: string }) {
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
  return { notice, setNotice, isBusy, download };
}
