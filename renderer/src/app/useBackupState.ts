import type { BackupState } from '../../../shared/api/system';
import { useCallData } from '../platform/common/useCallData';
import { useReloadOn } from '../platform/common/useReloadOn';
import { useApp } from '../platform/appContext';

/**
 * The daily backup's state, asked again at every change of screen: the desktop shell backs up
 * while the first screen loads, so what the app read at start may be from before the backup.
 */
export function useBackupState(page: string): BackupState {
  const { info } = useApp();
  const fresh = useCallData('system:info', {});
  useReloadOn(page, fresh.reload);
  return fresh.data?.backup ?? info.backup;
}
