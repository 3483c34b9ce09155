import type { KpiDirection, KpiMeasure, StandardKpi } from '../../../shared/api/roadmap';
import type { UsdCents } from '../../../shared/money';
import type { Db } from '../platform/db/connection';

/** The roadmap's definition: header, KPIs, yearly targets and the actuals typed by hand. */

export interface StoredRoadmap {
  id: number;
  name: string;
  startYear: number;
  endYear: number;
  baselineYear: number;
  updatedAt: string;
}

export interface StoredKpi {
  id: number;
  position: number;
  standard: StandardKpi | null;
  name: string | null;
  unit: string | null;
  direction: KpiDirection;
  measure: KpiMeasure;
  decimals: number;
}

export interface YearEntry {
  kpiId: number;
  year: number;
  value: number;
  note: string | null;
  /** Hand actuals of a flow: months of the year the figure covers (null: the months passed). */
  monthsCovered?: number | null;
}

const ROADMAP_SELECT = `SELECT id, name, start_year AS startYear, end_year AS endYear, baseline_year AS baselineYear, updated_at AS updatedAt FROM roadmap`;

/** The newest roadmap: the one the screens and reports show. */
export function currentRoadmap(db: Db): StoredRoadmap | undefined {
  return db.prepare(`${ROADMAP_SELECT} ORDER BY id DESC LIMIT 1`).get() as StoredRoadmap | undefined;
}

export function insertRoadmap(db: Db, values: Omit<StoredRoadmap, 'id' | 'updatedAt'>, now: string): number {
  return Number(
    db
      .prepare(`INSERT INTO roadmap (name, start_year, end_year, baseline_year, created_at, updated_at) VALUES (@name, @startYear, @endYear, @baselineYear, @now, @now)`)
      .run({ ...values, now }).lastInsertRowid,
  );
}

export function updateRoadmap(db: Db, id: number, values: Omit<StoredRoadmap, 'id' | 'updatedAt'>, now: string): void {
  db.prepare(`UPDATE roadmap SET name = @name, start_year = @startYear, end_year = @endYear, baseline_year = @baselineYear, updated_at = @now WHERE id = @id`).run({
    ...values,
    id,
    now,
  });
}

export function touchRoadmap(db: Db, id: number, now: string): void {
  db.prepare('UPDATE roadmap SET updated_at = ? WHERE id = ?').run(now, id);
}

export function listKpis(db: Db, roadmapId: number): StoredKpi[] {
  return db
    .prepare(
      `SELECT id, position, standard_code AS standard, name, unit, direction, measure, decimals
       FROM roadmap_kpi WHERE roadmap_id = ? ORDER BY position, id`,
    )
    .all(roadmapId) as StoredKpi[];
}

export function insertKpi(db: Db, roadmapId: number, kpi: Omit<StoredKpi, 'id'>): number {
  return Number(
    db
      .prepare(
        `INSERT INTO roadmap_kpi (roadmap_id, position, standard_code, name, unit, direction, measure, decimals)
         VALUES (@roadmapId, @position, @standard, @name, @unit, @direction, @measure, @decimals)`,
      )
      .run({ ...kpi, roadmapId }).lastInsertRowid,
  );
}

export function updateKpi(db: Db, kpi: StoredKpi): void {
  db.prepare(
    `UPDATE roadmap_kpi SET position = @position, standard_code = @standard, name = @name, unit = @unit, direction = @direction,
       measure = @measure, decimals = @decimals WHERE id = @id`,
  ).run(kpi);
}

/** Its targets and hand actuals go with it (ON DELETE CASCADE). */
export function deleteKpi(db: Db, id: number): void {
  db.prepare('DELETE FROM roadmap_kpi WHERE id = ?').run(id);
}

export function listTargets(db: Db, roadmapId: number): YearEntry[] {
  return db
    .prepare(
      `SELECT t.kpi_id AS kpiId, t.year, t.value, NULL AS note, NULL AS monthsCovered FROM roadmap_target t JOIN roadmap_kpi k ON k.id = t.kpi_id
       WHERE k.roadmap_id = ? ORDER BY t.kpi_id, t.year`,
    )
    .all(roadmapId) as YearEntry[];
}

export function listHandActuals(db: Db, roadmapId: number): YearEntry[] {
  return db
    .prepare(
      `SELECT a.kpi_id AS kpiId, a.year, a.value, a.note, a.months_covered AS monthsCovered FROM roadmap_actual a JOIN roadmap_kpi k ON k.id = a.kpi_id
       WHERE k.roadmap_id = ? ORDER BY a.kpi_id, a.year`,
    )
    .all(roadmapId) as YearEntry[];
}

type Kind = 'target' | 'actual';
const DELETE_ONE: Record<Kind, string> = {
  target: 'DELETE FROM roadmap_target WHERE kpi_id = ? AND year = ?',
  actual: 'DELETE FROM roadmap_actual WHERE kpi_id = ? AND year = ?',
};
const DELETE_ALL: Record<Kind, string> = { target: 'DELETE FROM roadmap_target WHERE kpi_id = ?', actual: 'DELETE FROM roadmap_actual WHERE kpi_id = ?' };

/** Puts one value (null removes it). */
export function putYearValue(db: Db, kind: Kind, kpiId: number, year: number, value: number | null, note: string | null, monthsCovered: number | null = null): void {
  db.prepare(DELETE_ONE[kind]).run(kpiId, year);
  if (value === null) return;
  if (kind === 'target') db.prepare('INSERT INTO roadmap_target (kpi_id, year, value) VALUES (?, ?, ?)').run(kpiId, year, value);
  else db.prepare('INSERT INTO roadmap_actual (kpi_id, year, value, note, months_covered) VALUES (?, ?, ?, ?, ?)').run(kpiId, year, value, note, monthsCovered);
}

/** Replaces every value of one kind of one KPI. */
export function replaceYearValues(db: Db, kind: Kind, kpiId: number, entries: { year: number; value: number; note?: string | null; monthsCovered?: number | null }[]): void {
  db.prepare(DELETE_ALL[kind]).run(kpiId);
  for (const entry of entries) putYearValue(db, kind, kpiId, entry.year, entry.value, entry.note ?? null, entry.monthsCovered ?? null);
}

/** The newest roadmap's export-value target for a year (USD cents), or null when it sets none. */
export function exportTargetFor(db: Db, year: number): UsdCents | null {
  const row = db
    .prepare(
      `SELECT t.value FROM roadmap_target t JOIN roadmap_kpi k ON k.id = t.kpi_id
       WHERE k.roadmap_id = (SELECT MAX(id) FROM roadmap) AND k.standard_code = 'export-usd' AND t.year = ?`,
    )
    .get(year) as { value: UsdCents } | undefined;
  return row?.value ?? null;
}
