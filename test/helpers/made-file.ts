import { readFileSync, rmSync } from 'node:fs';
import type { MadeFile } from '../../shared/api/files';
import { outbox } from '../../main/core/platform/files/outbox';

/**
 * The bytes of a file the app made, taken from the outbox as a door takes it (once: a second
 * take finds nothing). In-process tests call the handler table directly, so this is their door.
 */
export function madeBytes(file: MadeFile): Buffer {
  const taken = outbox().take(file.fileId);
  if (!taken) throw new Error(`no made file ${file.fileId} (${file.fileName}) in the outbox`);
  try {
    const bytes = readFileSync(taken.path);
    if (bytes.length !== file.bytes) throw new Error(`${file.fileName}: ${bytes.length} bytes, the call said ${file.bytes}`);
    return bytes;
  } finally {
    rmSync(taken.path, { force: true });
  }
}
