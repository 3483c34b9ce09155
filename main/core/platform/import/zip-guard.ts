import { PassThrough } from 'node:stream';
import JSZip from 'jszip';
import type { Translate } from '../../../../shared/i18n';
import { AppError, type ErrorDetails } from '../../../../shared/result';

/**
 * An .xlsx is a zip of XML parts, and a small zip can hold a huge part: a 293 KB file once held one
 * 286 MB string, which the reader builds whole in memory before any check of ours sees it. So
 * before the workbook is parsed, every XML part is inflated chunk by chunk (nothing kept) and
 * measured: its size, and the longest text between two tags (a cell's content) or inside one
 * (a tag's attributes). Only a file within these bounds goes on to the reader.
 */

export interface PartLimits {
  /** All XML parts together, inflated. 200.000 rows of 30 columns take about 300 MB. */
  maxXmlBytes: number;
  /** Between two tags: Excel's 32.767 characters a cell, at up to 6 bytes each (`&amp;`, 3-byte UTF-8). */
  maxTextBytes: number;
  /** Inside one tag: element name and attributes. */
  maxTagBytes: number;
}

export const PART_LIMITS: PartLimits = { maxXmlBytes: 1_000_000_000, maxTextBytes: 32_767 * 6, maxTagBytes: 65_536 };

const LT = 0x3c;
const GT = 0x3e;

/** Where a scan of one part stands between chunks. */
interface Scan {
  bytes: number;
  inTag: boolean;
  run: number;
}

function scanChunk(chunk: Buffer, scan: Scan, limits: PartLimits): 'text' | 'tag' | null {
  let at = 0;
  while (at < chunk.length) {
    const next = chunk.indexOf(scan.inTag ? GT : LT, at);
    const end = next < 0 ? chunk.length : next;
    scan.run += end - at;
    if (scan.inTag ? scan.run > limits.maxTagBytes : scan.run > limits.maxTextBytes) return scan.inTag ? 'tag' : 'text';
    if (next < 0) break;
    scan.inTag = !scan.inTag;
    scan.run = 0;
    at = next + 1;
  }
  return null;
}

function tooLarge(t: Translate, key: string, params: NonNullable<ErrorDetails<'IMPORT_TOO_LARGE'>>): AppError {
  return new AppError('IMPORT_TOO_LARGE', t(key, params), params);
}

/** Throws IMPORT_TOO_LARGE naming the part when the workbook holds more than any real list does. */
export async function checkWorkbookParts(data: Uint8Array, fileName: string, t: Translate, limits: PartLimits = PART_LIMITS): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    throw new AppError('IMPORT_UNREADABLE', t('errors.importUnreadable', { file: fileName }));
  }
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !/\.(xml|rels)$/i.test(entry.name)) continue;
    const scan: Scan = { bytes: 0, inTag: false, run: 0 };
    // JSZip's stream is an old-style one; piped into a PassThrough it can be iterated.
    const source = entry.nodeStream('nodebuffer');
    const stream = source.pipe(new PassThrough());
    try {
      for await (const piece of stream) {
        const chunk = piece as Buffer;
        total += chunk.length;
        if (total > limits.maxXmlBytes) throw tooLarge(t, 'guard.importTooBig', { file: fileName, megabytes: Math.round(limits.maxXmlBytes / 1e6) });
        const found = scanChunk(chunk, scan, limits);
        if (found === 'text') throw tooLarge(t, 'guard.importCellTooLong', { file: fileName, max: 32_767 });
        if (found === 'tag') throw tooLarge(t, 'guard.importTagTooLong', { file: fileName, part: entry.name });
      }
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('IMPORT_UNREADABLE', t('errors.importUnreadable', { file: fileName }));
    } finally {
      source.unpipe(stream);
      stream.destroy();
      if ('pause' in source && typeof source.pause === 'function') source.pause();
    }
  }
}
