import type { MadeFile } from '../../shared/api/files';
import { AppError } from '../../shared/result';
import { moveInto, outbox } from '../core/platform/files/outbox';

/**
 * The CLI's door for a file the app made: moved from the outbox to `--out`, so that the target
 * only ever holds a whole file (a rename on one disk, else copied beside it, flushed and renamed).
 */
export function moveMadeFile(file: MadeFile, target: string): void {
  const taken = outbox().take(file.fileId);
  if (!taken) throw new AppError('INTERNAL', `the made file ${file.fileName} is gone from the outbox`);
  moveInto(taken, target);
}
