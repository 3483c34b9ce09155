import { useEffect, useRef } from 'react';
import type { BackupState } from '../../../shared/api/system';
import { formatDateId } from '../../../shared/dates';
import { useCallData } from '../common/useCallData';
import { useApp } from './appContext';

/**
 * The daily backup's state, asked again at every change of screen: the desktop shell backs up
 * while the first screen loads, so what the app read at start may be from before the backup.
 */
export function useBackupState(page: string): BackupState {
  const { info } = useApp();
  const fresh = useCallData('system:info', {});
  const { reload } = fresh;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    void reload();
  }, [page, reload]);
  return fresh.data?.backup ?? info.backup;
}

/** A backup time (UTC) as the desk's clock reads it: `07/12/2026 05:38`. */
export function backupStamp(at: string): string {
  const when = new Date(at);
  const pad = (value: number) => String(value).padStart(2, '0');
  const day = `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;
  return `${formatDateId(day)} ${pad(when.getHours())}:${pad(when.getMinutes())}`;
}
