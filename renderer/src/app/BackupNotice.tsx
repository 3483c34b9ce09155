import { useTranslation } from 'react-i18next';
import type { BackupState } from '../../../shared/api/system';
import { localStamp } from '../platform/common/format';

/**
 * Above every working screen while the last daily backup failed: when the last good one was and
 * what went wrong, in words the treasurer can act on. Nothing at all while backups succeed.
 */
export function BackupNotice({ backup }: { backup: BackupState }) {
  const { t } = useTranslation();
  if (!backup.failedAt || !backup.failure) return null;
  return (
    <div className="warning-banner backup-notice" role="alert" data-testid="backup-notice">
      <strong>{t('backup.failedTitle')}</strong>
      <p data-testid="backup-notice-reason">{t(`backup.reason.${backup.failure}`, { folder: backup.folder })}</p>
      <p>
        <span data-testid="backup-notice-last">{backup.lastAt ? t('backup.lastGood', { when: localStamp(backup.lastAt) }) : t('backup.noneYet')}</span>{' '}
        {t('backup.failedAt', { when: localStamp(backup.failedAt) })} {t('backup.retry')}
      </p>
      {backup.failureMessage ? <p className="backup-notice-details">{t('backup.details', { message: backup.failureMessage })}</p> : null}
    </div>
  );
}
