import { randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, mkdtempSync, openSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { MadeFile } from '../../../../shared/api/files';
import { isRunning } from '../db/lock';
import { beginPart, commitPart, fsyncFile, fsyncFolder, removePart } from '../db/part-file';

/**
 * Files the app made (reports, lists, papers) wait here until the user takes them: the desktop
 * shell moves one where the save dialog says, browser mode streams it once at its download URL,
 * the CLI moves it to --out. So a workbook never travels through the screen as bytes.
 *
 * One private folder per process (0700, removed at exit, or by a later process if this one was
 * killed), each file under an unguessable id.
 * A file is taken once; one nobody takes is removed after an hour.
 */

const KEEP_MS = 60 * 60_000;

/** `sentra-outbox-<pid>-<random>`: the pid tells whether the folder's process is still alive. */
const PREFIX = 'sentra-outbox-';
const FOLDER = /^sentra-outbox-(\d+)-/;

/**
 * Folders of processes that ended without their exit handler (kill -9, a power cut, a test
 * worker stopped from outside): removed by the next process that makes a file.
 */
function removeOrphanFolders(): void {
  let names: string[];
  try {
    names = readdirSync(tmpdir());
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(FOLDER.exec(name)?.[1] ?? 0);
    if (pid > 0 && pid !== process.pid && !isRunning(pid)) rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
}

interface Waiting {
  fileName: string;
  path: string;
  /** Set once the writer finished: a reserved path may still be half written. */
  madeAt: number | null;
  reservedAt: number;
}

/** A made file handed over: its name for the user and where it lies now (the taker removes it). */
export interface TakenFile {
  fileName: string;
  path: string;
  bytes: number;
}

export class Outbox {
  private folder: string | null = null;
  private readonly files = new Map<string, Waiting>();

  /** The private folder (made on first use). */
  dir(): string {
    if (this.folder === null) {
      removeOrphanFolders();
      this.folder = mkdtempSync(join(tmpdir(), `${PREFIX}${process.pid}-`));
      const folder = this.folder;
      process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
    }
    return this.folder;
  }

  /** A path for a writer (a worker thread) to fill; `made` registers it once whole. */
  reserve(fileName: string): { fileId: string; path: string } {
    this.sweep();
    const fileId = randomBytes(24).toString('base64url');
    const path = join(this.dir(), `${fileId}.part`);
    // Claimed at once, readable by this user only: the writer (a worker thread) opens it again.
    closeSync(openSync(path, 'wx', 0o600));
    this.files.set(fileId, { fileName, path, madeAt: null, reservedAt: Date.now() });
    return { fileId, path };
  }

  /** The reserved file is complete (its name may be known only now). */
  made(fileId: string, fileName?: string): MadeFile {
    const file = this.files.get(fileId);
    if (!file) throw new Error(`outbox: unknown file ${fileId}`);
    Object.assign(file, { madeAt: Date.now(), fileName: fileName ?? file.fileName });
    return { fileId, fileName: file.fileName, bytes: statSync(file.path).size };
  }

  /** For makers that hold the bytes anyway (exceljs' writeBuffer): written here at once. */
  put(fileName: string, data: Uint8Array): MadeFile {
    const { fileId, path } = this.reserve(fileName);
    writeFileSync(path, data);
    return this.made(fileId);
  }

  /** Removes a reserved or made file nobody will take (a cancelled or failed job). */
  discard(fileId: string): void {
    const file = this.files.get(fileId);
    this.files.delete(fileId);
    if (file) rmSync(file.path, { force: true });
  }

  /** The made file, once: null for an unknown, unfinished or already taken id. The caller removes `path`. */
  take(fileId: string): TakenFile | null {
    const file = this.files.get(fileId);
    if (!file || file.madeAt === null) return null;
    this.files.delete(fileId);
    return { fileName: file.fileName, path: file.path, bytes: statSync(file.path).size };
  }

  private sweep(): void {
    const cutoff = Date.now() - KEEP_MS;
    for (const [fileId, file] of this.files) if ((file.madeAt ?? file.reservedAt) < cutoff) this.discard(fileId);
  }
}

let processOutbox: Outbox | null = null;

/** The process's one outbox: worker threads write into it, every door takes from it. */
export function outbox(): Outbox {
  processOutbox ??= new Outbox();
  return processOutbox;
}

/**
 * Moves a taken file to `target` so that the target only ever holds a whole file: a rename when
 * both are on one disk, else a copy into a part file beside the target (part-file.ts, as backups
 * are written), renamed over it. On failure the target is left as it was and the taken file is
 * removed all the same.
 */
export function moveInto(taken: TakenFile, target: string): void {
  try {
    try {
      fsyncFile(taken.path);
      renameSync(taken.path, target);
      fsyncFolder(dirname(target));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    }
    const part = beginPart(target);
    try {
      copyFileSync(taken.path, part);
      commitPart(part, target);
    } catch (error) {
      removePart(part);
      throw error;
    }
  } finally {
    rmSync(taken.path, { force: true });
  }
}
