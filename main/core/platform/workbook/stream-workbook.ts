import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { PassThrough, type Writable } from 'node:stream';
import ExcelJS, { type Workbook } from 'exceljs';
import type { CallContext } from '../app';

/**
 * A workbook for exceljs' streaming writer, written either to a file (bounded memory: what is
 * zipped goes to disk as it comes, at the pace the disk takes it) or to bytes in memory for callers
 * that need a Buffer (then the compressed workbook itself is held, about 7 MB per 100,000 rows of
 * ten columns, and once more while it is joined into one Buffer).
 */
export interface StreamedWorkbook<Result> {
  workbook: Workbook;
  /** Commits the workbook and waits until the output has all of it (the file closed). */
  finish(): Promise<Result>;
  /** After an error: closes the output and removes a partly written file. */
  discard(): Promise<void>;
}

/** Per workbook, settles with the output's error: a writer waiting for deflate then stops waiting (stream-pressure.ts). */
const failures = new WeakMap<Workbook, Promise<Error>>();

/** The output's failure for a workbook made here; one that never settles for any other. */
export function outputFailure(workbook: Workbook): Promise<Error> {
  return failures.get(workbook) ?? new Promise<Error>(() => {});
}

export function streamWorkbook(ctx: CallContext): StreamedWorkbook<Buffer>;
export function streamWorkbook(ctx: CallContext, target: { path: string }): StreamedWorkbook<void>;
export function streamWorkbook(ctx: CallContext, target?: { path: string }): StreamedWorkbook<Buffer> | StreamedWorkbook<void> {
  const output: Writable = target ? createWriteStream(target.path) : new PassThrough();
  const chunks: Buffer[] = [];
  if (output instanceof PassThrough) output.on('data', (chunk: Buffer) => chunks.push(chunk));
  // 'close' comes last for both: a file's descriptor is closed, the PassThrough has been read to its end.
  const closed = new Promise<void>((resolve, reject) => {
    output.once('close', resolve);
    output.once('error', reject);
  });
  const failure = new Promise<Error>((resolve) => output.once('error', resolve));
  // The error is thrown from finish(); without this a failed output would also be an unhandled rejection.
  closed.catch(() => {});
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  failures.set(workbook, failure);
  workbook.creator = 'Sentra Planner';
  workbook.created = new Date(ctx.app.now());

  async function commit(): Promise<void> {
    // exceljs waits for 'finish' only from the moment it commits: an earlier error must not leave it waiting.
    await Promise.race([workbook.commit(), failure.then((error) => Promise.reject(error))]);
    await closed;
  }
  async function discard(): Promise<void> {
    if (!output.destroyed) {
      output.destroy();
      await closed.catch(() => {});
    }
    if (target) await rm(target.path, { force: true });
  }
  if (target) return { workbook, finish: commit, discard };
  return {
    workbook,
    async finish() {
      await commit();
      return Buffer.concat(chunks.splice(0));
    },
    discard,
  };
}
