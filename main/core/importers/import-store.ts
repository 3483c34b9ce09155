import { randomUUID } from 'node:crypto';

/**
 * Parsed imports waiting for the user's "save": the preview and the commit are two calls, and
 * the file is read only once. Entries expire so a forgotten preview does not hold memory.
 */
export class ImportStore {
  private readonly entries = new Map<string, { at: number; value: unknown }>();
  constructor(private readonly ttlMs = 30 * 60_000) {}

  put(value: unknown): string {
    this.sweep();
    const id = randomUUID();
    this.entries.set(id, { at: Date.now(), value });
    return id;
  }

  take(id: string): unknown {
    this.sweep();
    const entry = this.entries.get(id);
    this.entries.delete(id);
    return entry?.value;
  }

  private sweep(): void {
    const cutoff = Date.now() - this.ttlMs;
    for (const [id, entry] of this.entries) if (entry.at < cutoff) this.entries.delete(id);
  }
}
