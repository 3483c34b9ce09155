import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MadeFile } from '../../../../shared/api/files';
import { deliverFile } from '../../platform/api/client';
import { errorMessage } from '../../platform/common/format';
import type { Notice } from '../../platform/common/UndoBar';

interface ExportButtonProps {
  /** Asks the main side for the workbook of what the tab shows. */
  make(): Promise<MadeFile>;
  notify(notice: Notice): void;
  testId: string;
}

/** "Ekspor Excel": the tab's list as a workbook made on the main side, saved where the user says. */
export function ExportButton({ make, notify, testId }: ExportButtonProps) {
  const { t } = useTranslation();
  const [isBusy, setIsBusy] = useState(false);
  async function run() {
    setIsBusy(true);
    try {
      const file = await make();
      await deliverFile(file);
      notify({ message: t('ui.common.fileReady', { file: file.fileName }) });
    } catch (error) {
      notify({ tone: 'error', message: errorMessage(error) });
    } finally {
      setIsBusy(false);
    }
  }
  return (
    <button type="button" className="button" disabled={isBusy} onClick={() => void run()} data-testid={testId}>
      {t('workshops.export')}
    </button>
  );
}
