import type { Worksheet } from 'exceljs';

/**
 * Backpressure for exceljs' streaming writer, which has none of its own (exceljs issues #464 and
 * #734). A committed row is turned into XML at once and written into the sheet's stream (exceljs'
 * StreamBuf), whose `write` always says "go on"; it hands 64 KB blocks to the PassThrough that
 * archiver made for the sheet's zip entry, ignoring that stream's answer too. Deflate reads that
 * PassThrough only when the event loop turns, so a writer that never waits leaves the whole sheet's
 * XML (about 0.45 KB a row, 450 MB at a million rows) in memory before a byte is compressed.
 *
 * The one place that can tell how much is waiting is that PassThrough: exceljs keeps it as the
 * sheet stream's `pipes[0]`. Reading it is reaching into exceljs, so it is done here only, checked
 * by shape, and a test (stream-sheet.test.ts) fails should an exceljs upgrade move it; without it
 * the writer still works, only without a bound on memory.
 */

/** XML allowed to wait for deflate before the writer pauses: a few of StreamBuf's 64 KB blocks. */
const PENDING_LIMIT = 1024 * 1024;

interface PendingWrites {
  _writableState: { length: number };
  _readableState: object;
  once(event: string, listener: () => void): unknown;
}

function isPendingWrites(value: unknown): value is PendingWrites {
  if (typeof value !== 'object' || value === null || !('_writableState' in value) || !('_readableState' in value) || !('once' in value)) return false;
  const state = value._writableState;
  return typeof value.once === 'function' && typeof value._readableState === 'object' && value._readableState !== null
    && typeof state === 'object' && state !== null && 'length' in state && typeof state.length === 'number';
}

/** Whether archiver has reached the entry and pipes it into deflate (readable-stream 2 counts pipes, Node's own lists them). */
function isBeingZipped(entry: PendingWrites): boolean {
  const count: unknown = Reflect.get(entry._readableState, 'pipesCount');
  const pipes: unknown = Reflect.get(entry._readableState, 'pipes');
  return (typeof count === 'number' && count > 0) || (Array.isArray(pipes) && pipes.length > 0);
}

/** The zip entry's input stream behind a sheet of the streaming writer, or null where exceljs keeps it elsewhere. */
export function zipEntryOf(sheet: Worksheet): PendingWrites | null {
  const stream: unknown = Reflect.get(sheet, 'stream');
  const pipes: unknown = typeof stream === 'object' && stream !== null ? Reflect.get(stream, 'pipes') : undefined;
  const entry: unknown = Array.isArray(pipes) ? pipes[0] : undefined;
  return isPendingWrites(entry) ? entry : null;
}

export interface SheetPressure {
  /** True when the writer should wait for `drained` before the next row. */
  isFull(): boolean;
  /** Settles once deflate has taken what waits; throws the output's error should it fail meanwhile. */
  drained(): Promise<void>;
}

/**
 * How full a sheet's zip entry is. `failed` settles with the workbook's output error, so a writer
 * never waits for a drain that cannot come.
 */
export function sheetPressure(sheet: Worksheet, failed: Promise<Error>): SheetPressure {
  const entry = zipEntryOf(sheet);
  return {
    isFull: () => entry !== null && entry._writableState.length > PENDING_LIMIT,
    async drained() {
      if (entry === null) return;
      // archiver zips one entry at a time: until it reaches this one (earlier sheets still being
      // zipped, or one still open), waiting for a drain could wait forever; a turn of the event loop lets it move on.
      if (!isBeingZipped(entry)) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        return;
      }
      // archiver's PassThrough (readable-stream 2) emits 'drain' once it is empty again.
      const error = await Promise.race([new Promise<null>((resolve) => entry.once('drain', () => resolve(null))), failed]);
      if (error) throw error;
    },
  };
}
