import { randomUUID } from 'node:crypto';
import type { ImportKind } from '../../../../shared/api/files';

/** A previewed workbook waiting for the user's "save": its bytes, read again at commit. */
export class PendingFile {
  constructor(
    readonly kind: ImportKind,
    readonly fileName: string,
    readonly bytes: Buffer,
    /** Update mode, chosen at the preview and kept for the commit. */
    readonly isUpdate = false,
  ) {}
}

/** How many previews wait at most, and their bytes together: an office PC's memory is not ours. */
export const PENDING_LIMITS = { entries: 4, bytes: 160 * 1024 * 1024, ttlMs: 30 * 60_000 };

/**
 * Previewed imports between the preview and the commit (two calls). Entries expire, and past the
 * limits the oldest preview is forgotten (its commit then says "expired, choose the file again").
 */
export class ImportStore {
  private readonly entries = new Map<string, { at: number; file: PendingFile }>();
  constructor(private readonly limits = PENDING_LIMITS) {}

  put(file: PendingFile): string {
    this.sweep();
    const id = randomUUID();
    this.entries.set(id, { at: Date.now(), file });
    let bytes = [...this.entries.values()].reduce((sum, entry) => sum + entry.file.bytes.length, 0);
    // Maps iterate in insertion order: the oldest go first, never the one just kept.
    for (const [oldId, entry] of this.entries) {
      if (oldId === id || (this.entries.size <= this.limits.entries && bytes <= this.limits.bytes)) break;
      this.entries.delete(oldId);
      bytes -= entry.file.bytes.length;
    }
    return id;
  }

  take(id: string): PendingFile | undefined {
    this.sweep();
    const entry = this.entries.get(id);
    this.entries.delete(id);
    return entry?.file;
  }

  get size(): number {
    return this.entries.size;
  }

  private sweep(): void {
    const cutoff = Date.now() - this.limits.ttlMs;
    for (const [id, entry] of this.entries) if (entry.at < cutoff) this.entries.delete(id);
  }
}
