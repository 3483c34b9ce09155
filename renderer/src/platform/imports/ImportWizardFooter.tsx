import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/api/files';
import { useApp } from '../appContext';
import { formatNumber } from '../common/format';

interface FooterProps {
  preview: ImportPreview | null;
  isDone: boolean;
  isBusy: boolean;
  onCommit(skipInvalid: boolean): void;
  onClose(): void;
}

/** Simpan semua (only when nothing is wrong), Simpan yang valid saja (N baris), Batal. */
export function ImportWizardFooter({ preview, isDone, isBusy, onCommit, onClose }: FooterProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  if (isDone || !preview) {
    return (
      <button type="button" className={`button${isDone ? ' primary' : ''}`} onClick={onClose} data-testid={isDone ? 'import-close' : 'import-cancel'}>
        {isDone ? t('ui.common.close') : t('ui.common.cancel')}
      </button>
    );
  }
  const hasProblems = preview.valid < preview.total || preview.errors.length > 0;
  return (
    <>
      {hasProblems ? (
        <span className="footer-note" data-testid="import-save-all-reason">
          {t('ui.import.saveAllBlocked')}
        </span>
      ) : null}
      <button type="button" className="button" onClick={onClose} data-testid="import-cancel">
        {t('ui.common.cancel')}
      </button>
      {hasProblems && preview.valid > 0 ? (
        <button type="button" className="button" disabled={isBusy} onClick={() => onCommit(true)} data-testid="import-save-valid">
          {t('ui.import.saveValid', { count: preview.valid, rows: formatNumber(preview.valid, locale) })}
        </button>
      ) : null}
      <button type="button" className="button primary" disabled={isBusy || hasProblems || preview.valid === 0} onClick={() => onCommit(false)} data-testid="import-save-all">
        {t('ui.import.saveAll')}
      </button>
    </>
  );
}
