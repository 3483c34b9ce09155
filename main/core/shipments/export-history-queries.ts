import type { ExportFactValues, ExportHistoryRow } from '../../../shared/api/exports';
import type { Db } from '../platform/db/connection';

/** The export-history table: rows typed in, imported, or written by the demo. */

const HISTORY_SELECT = `
  SELECT id, year, month, country, category_code AS category, hs_code AS hsCode, fob_usd_cents AS fobUsdCents,
         updated_at AS updatedAt, removed_at AS removedAt
  FROM export_history`;

export type StoredExportRow = ExportHistoryRow & { removedAt: string | null };
type HistoryRow = Omit<ExportFactValues, 'id'>;

export function listExportHistory(db: Db, filter: { year?: number; country?: string } = {}): StoredExportRow[] {
  return db
    .prepare(
      `${HISTORY_SELECT}
       WHERE removed_at IS NULL AND (@year IS NULL OR year = @year) AND (@country IS NULL OR country = @country)
       ORDER BY year DESC, month DESC, country, category_code, hs_code`,
    )
    .all({ year: filter.year ?? null, country: filter.country ?? null }) as StoredExportRow[];
}

export function getExportRow(db: Db, id: number): StoredExportRow | undefined {
  return db.prepare(`${HISTORY_SELECT} WHERE id = ?`).get(id) as StoredExportRow | undefined;
}

/** The row in use for one month, country, category and HS code: there is at most one. */
export function findExportRow(db: Db, row: Omit<HistoryRow, 'fobUsdCents'>): { id: number } | undefined {
  return db
    .prepare(
      `SELECT id FROM export_history
       WHERE year = @year AND month = @month AND country = @country AND category_code = @category AND hs_code = @hsCode AND removed_at IS NULL`,
    )
    .get({ year: row.year, month: row.month, country: row.country, category: row.category, hsCode: row.hsCode }) as { id: number } | undefined;
}

/** Keys of every row in use, `2024|3|US|tas|4202.21`, for an import's check against the store. */
export function exportKeysInUse(db: Db): Set<string> {
  const rows = db
    .prepare('SELECT year, month, country, category_code AS category, hs_code AS hsCode FROM export_history WHERE removed_at IS NULL')
    .all() as HistoryRow[];
  return new Set(rows.map((row) => exportKey(row)));
}

export function exportKey(row: Pick<HistoryRow, 'year' | 'month' | 'country' | 'category' | 'hsCode'>): string {
  return [row.year, row.month, row.country, row.category, row.hsCode].join('|');
}

export function insertExportRow(db: Db, row: HistoryRow, now: string): number {
  const result = db
    .prepare(
      `INSERT INTO export_history (year, month, country, category_code, hs_code, fob_usd_cents, created_at, updated_at)
       VALUES (@year, @month, @country, @category, @hsCode, @fobUsdCents, @now, @now)`,
    )
    .run({ ...pick(row), now });
  return Number(result.lastInsertRowid);
}

export function updateExportRow(db: Db, id: number, row: HistoryRow, now: string): void {
  db.prepare(
    `UPDATE export_history SET year = @year, month = @month, country = @country, category_code = @category, hs_code = @hsCode,
       fob_usd_cents = @fobUsdCents, updated_at = @now
     WHERE id = @id`,
  ).run({ ...pick(row), id, now });
}

export function setExportRowRemoved(db: Db, id: number, removedAt: string | null, now: string): void {
  db.prepare('UPDATE export_history SET removed_at = ?, updated_at = ? WHERE id = ?').run(removedAt, now, id);
}

function pick(row: HistoryRow): HistoryRow {
  const { year, month, country, category, hsCode, fobUsdCents } = row;
  return { year, month, country, category, hsCode, fobUsdCents };
}
