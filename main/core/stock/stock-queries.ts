import type { MovementKind, StockBalance, StockMovement, WorkshopMaterialBalance } from '../../../shared/domain/materials';
import type { Db } from '../platform/db/connection';

// An adjustment shows its sign; every other kind shows the quantity as it was entered.
const MOVEMENT_SELECT = `
  SELECT s.id, m.material_code AS materialCode, s.kind, CASE WHEN s.kind = 'adjustment' THEN s.delta ELSE ABS(s.delta) END AS qty,
         s.moved_on AS date, u.unit_code AS unitCode, s.note, m.name AS materialName, m.uom, s.delta
  FROM stock_movement s
  JOIN material m ON m.id = s.material_id
  LEFT JOIN business_unit u ON u.id = s.unit_id`;

export interface StoredMovement {
  materialId: number;
  movedOn: string;
  kind: MovementKind;
  delta: number;
  unitId: number | null;
  note: string | null;
}

export function insertMovement(db: Db, movement: StoredMovement, now: string): number {
  const result = db
    .prepare(
      `INSERT INTO stock_movement (material_id, moved_on, kind, delta, unit_id, note, created_at)
       VALUES (@materialId, @movedOn, @kind, @delta, @unitId, @note, @now)`,
    )
    .run({ ...movement, now });
  return Number(result.lastInsertRowid);
}

export function getMovement(db: Db, id: number): StockMovement | undefined {
  return db.prepare(`${MOVEMENT_SELECT} WHERE s.id = ?`).get(id) as StockMovement | undefined;
}

export interface MovementFilter {
  materialCode?: string;
  kind?: MovementKind;
  from?: string;
  to?: string;
  limit: number;
}

/** Newest first, so that a limit keeps the movements a user is most likely looking for. */
export function listMovements(db: Db, filter: MovementFilter): StockMovement[] {
  return db
    .prepare(
      `${MOVEMENT_SELECT}
       WHERE (@materialCode IS NULL OR m.material_code = @materialCode COLLATE NOCASE) AND (@kind IS NULL OR s.kind = @kind)
         AND (@from IS NULL OR s.moved_on >= @from) AND (@to IS NULL OR s.moved_on <= @to)
       ORDER BY s.moved_on DESC, s.id DESC LIMIT @limit`,
    )
    .all({ materialCode: filter.materialCode ?? null, kind: filter.kind ?? null, from: filter.from ?? null, to: filter.to ?? null, limit: filter.limit }) as StockMovement[];
}

/**
 * The first date, from `date` on, at which stock on hand would be below zero if a movement of
 * `delta` were added on `date`. Balances are per day (everything moved on or before it), so a
 * back-dated issue is checked against every later day as well.
 */
export function firstNegativeBalance(db: Db, materialId: number, date: string, delta: number): { date: string; balance: number } | undefined {
  return db
    .prepare(
      `WITH daily AS (
         SELECT moved_on, SUM(delta) AS delta
         FROM (SELECT moved_on, delta FROM stock_movement WHERE material_id = @materialId UNION ALL SELECT @date, @delta)
         GROUP BY moved_on),
       running AS (SELECT moved_on, ROUND(SUM(delta) OVER (ORDER BY moved_on ROWS UNBOUNDED PRECEDING), 4) AS balance FROM daily)
       SELECT moved_on AS date, balance FROM running WHERE moved_on >= @date AND balance < 0 ORDER BY moved_on LIMIT 1`,
    )
    .get({ materialId, date, delta }) as { date: string; balance: number } | undefined;
}

/** The same check for what a workshop holds (issued − returned) when a return is added. */
export function firstNegativeHeld(
  db: Db, unitId: number, materialId: number, date: string, delta: number,
): { date: string; held: number } | undefined {
  return db
    .prepare(
      `WITH daily AS (
         SELECT moved_on, SUM(-delta) AS change
         FROM (SELECT moved_on, delta FROM stock_movement
                WHERE unit_id = @unitId AND material_id = @materialId AND kind IN ('issue', 'return')
               UNION ALL SELECT @date, @delta)
         GROUP BY moved_on),
       running AS (SELECT moved_on, ROUND(SUM(change) OVER (ORDER BY moved_on ROWS UNBOUNDED PRECEDING), 4) AS held FROM daily)
       SELECT moved_on AS date, held FROM running WHERE moved_on >= @date AND held < 0 ORDER BY moved_on LIMIT 1`,
    )
    .get({ unitId, materialId, date, delta }) as { date: string; held: number } | undefined;
}

export function stockBalances(db: Db, asOf: string): Omit<StockBalance, 'isBelowReorder'>[] {
  return db
    .prepare(
      `SELECT m.material_code AS materialCode, m.name, m.category, m.uom, ROUND(COALESCE(h.onHand, 0), 4) AS onHand,
              m.reorder_point AS reorderPoint, m.safety_stock AS safetyStock
       FROM material m
       LEFT JOIN (SELECT material_id, SUM(delta) AS onHand FROM stock_movement WHERE moved_on <= @asOf GROUP BY material_id) h
         ON h.material_id = m.id
       WHERE m.removed_at IS NULL ORDER BY m.category, m.material_code`,
    )
    .all({ asOf }) as Omit<StockBalance, 'isBelowReorder'>[];
}

export function workshopBalances(db: Db, unitCode: string | null): Omit<WorkshopMaterialBalance, 'held'>[] {
  return db
    .prepare(
      `SELECT u.unit_code AS unitCode, u.name AS unitName, m.material_code AS materialCode, m.name AS materialName, m.uom,
              ROUND(SUM(CASE WHEN s.kind = 'issue' THEN -s.delta ELSE 0 END), 4) AS issued,
              ROUND(SUM(CASE WHEN s.kind = 'return' THEN s.delta ELSE 0 END), 4) AS returned
       FROM stock_movement s
       JOIN business_unit u ON u.id = s.unit_id
       JOIN material m ON m.id = s.material_id
       WHERE s.kind IN ('issue', 'return') AND (@unitCode IS NULL OR u.unit_code = @unitCode COLLATE NOCASE)
       GROUP BY s.unit_id, s.material_id
       ORDER BY u.unit_code, m.material_code`,
    )
    .all({ unitCode }) as Omit<WorkshopMaterialBalance, 'held'>[];
}
