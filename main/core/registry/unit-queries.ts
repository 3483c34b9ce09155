import type { Unit, UnitStateChange, UnitValues } from '../../../shared/domain/unit';
import type { Db } from '../platform/db/connection';

const LATEST = '9999-12-31';

const UNIT_SELECT = `
  SELECT u.id, u.unit_code AS unitCode, u.name, u.owner_member_id AS ownerMemberId,
         m.member_no AS ownerMemberNo, m.name AS ownerName, u.nib, u.kbli, u.address, u.village,
         u.quality_grade AS qualityGrade, u.offered_capacity AS offeredCapacity, u.updated_at AS updatedAt, u.removed_at AS removedAt,
         s.is_active AS isActive, s.workers, s.monthly_capacity AS monthlyCapacity, s.valid_from AS stateFrom,
         (SELECT group_concat(c.category_code, ',') FROM
            (SELECT uc.category_code FROM unit_category uc JOIN product_category pc ON pc.code = uc.category_code
              WHERE uc.unit_id = u.id ORDER BY pc.sort_order) c) AS categories
  FROM business_unit u
  JOIN unit_state s ON s.unit_id = u.id
   AND s.valid_from = (SELECT MAX(valid_from) FROM unit_state WHERE unit_id = u.id AND valid_from <= @asOf)
  LEFT JOIN member m ON m.id = u.owner_member_id`;

interface UnitRow extends Omit<Unit, 'isActive' | 'categories'> {
  isActive: number;
  categories: string | null;
  removedAt: string | null;
}

function toUnit(row: UnitRow): Unit & { removedAt: string | null } {
  return { ...row, isActive: row.isActive === 1, categories: row.categories ? row.categories.split(',') : [] };
}

/** With `asOf`: the units registered by then, with their activity, workers and capacity of that day. */
export function listUnits(db: Db, includeRemoved = false, asOf = LATEST): Unit[] {
  const rows = db
    .prepare(`${UNIT_SELECT} WHERE (@includeRemoved = 1 OR u.removed_at IS NULL) ORDER BY u.unit_code`)
    .all({ asOf, includeRemoved: includeRemoved ? 1 : 0 }) as UnitRow[];
  return rows.map(toUnit);
}

export function getUnit(db: Db, id: number): (Unit & { removedAt: string | null }) | undefined {
  const row = db.prepare(`${UNIT_SELECT} WHERE u.id = @id`).get({ asOf: LATEST, id }) as UnitRow | undefined;
  return row ? toUnit(row) : undefined;
}

export function unitsOwnedBy(db: Db, memberId: number): { id: number; unitCode: string; name: string }[] {
  return db
    .prepare('SELECT id, unit_code AS unitCode, name FROM business_unit WHERE owner_member_id = ? AND removed_at IS NULL ORDER BY unit_code')
    .all(memberId) as { id: number; unitCode: string; name: string }[];
}

export function findUnitByCode(db: Db, unitCode: string): { id: number; name: string } | undefined {
  return db
    .prepare('SELECT id, name FROM business_unit WHERE unit_code = ? COLLATE NOCASE AND removed_at IS NULL')
    .get(unitCode) as { id: number; name: string } | undefined;
}

export function unitCodesInUse(db: Db): Map<string, number> {
  const rows = db.prepare('SELECT id, unit_code AS unitCode FROM business_unit WHERE removed_at IS NULL').all() as { id: number; unitCode: string }[];
  return new Map(rows.map((r) => [r.unitCode.toUpperCase(), r.id]));
}

export function stateHistory(db: Db, unitId: number): UnitStateChange[] {
  const rows = db
    .prepare(
      `SELECT valid_from AS validFrom, is_active AS isActive, workers, monthly_capacity AS monthlyCapacity
       FROM unit_state WHERE unit_id = ? ORDER BY valid_from`,
    )
    .all(unitId) as (Omit<UnitStateChange, 'isActive'> & { isActive: number })[];
  return rows.map((r) => ({ ...r, isActive: r.isActive === 1 }));
}

export interface StoredUnit {
  unitCode: string;
  name: string;
  ownerMemberId: number | null;
  nib: string | null;
  kbli: string | null;
  address: string | null;
  village: string | null;
  qualityGrade: UnitValues['qualityGrade'];
  offeredCapacity: number | null;
}

export function insertUnit(db: Db, unit: StoredUnit, now: string): number {
  const result = db
    .prepare(
      `INSERT INTO business_unit (unit_code, name, owner_member_id, nib, kbli, address, village, quality_grade, offered_capacity, created_at, updated_at)
       VALUES (@unitCode, @name, @ownerMemberId, @nib, @kbli, @address, @village, @qualityGrade, @offeredCapacity, @now, @now)`,
    )
    .run({ ...pickStored(unit), now });
  return Number(result.lastInsertRowid);
}

export function updateUnit(db: Db, id: number, unit: StoredUnit, now: string): void {
  db.prepare(
    `UPDATE business_unit SET unit_code = @unitCode, name = @name, owner_member_id = @ownerMemberId, nib = @nib,
       kbli = @kbli, address = @address, village = @village, quality_grade = @qualityGrade, offered_capacity = @offeredCapacity, updated_at = @now
     WHERE id = @id`,
  ).run({ ...pickStored(unit), id, now });
}

export function setUnitCategories(db: Db, unitId: number, categories: string[]): void {
  db.prepare('DELETE FROM unit_category WHERE unit_id = ?').run(unitId);
  const insert = db.prepare('INSERT INTO unit_category (unit_id, category_code) VALUES (?, ?)');
  for (const code of new Set(categories)) insert.run(unitId, code);
}

export function setUnitState(db: Db, unitId: number, state: UnitStateChange, now: string): void {
  db.prepare(
    `INSERT INTO unit_state (unit_id, valid_from, is_active, workers, monthly_capacity, recorded_at)
     VALUES (@unitId, @validFrom, @isActive, @workers, @monthlyCapacity, @now)
     ON CONFLICT (unit_id, valid_from) DO UPDATE SET is_active = excluded.is_active, workers = excluded.workers,
       monthly_capacity = excluded.monthly_capacity, recorded_at = excluded.recorded_at`,
  ).run({ ...state, isActive: state.isActive ? 1 : 0, unitId, now });
}

export function setUnitOwner(db: Db, unitId: number, ownerMemberId: number | null, now: string): void {
  db.prepare('UPDATE business_unit SET owner_member_id = ?, updated_at = ? WHERE id = ?').run(ownerMemberId, now, unitId);
}

/** Gives a unit back to its owner, unless someone else has claimed it meanwhile. */
export function reattachUnitOwner(db: Db, unitId: number, ownerMemberId: number, now: string): void {
  db.prepare('UPDATE business_unit SET owner_member_id = ?, updated_at = ? WHERE id = ? AND owner_member_id IS NULL').run(ownerMemberId, now, unitId);
}

export function setUnitRemoved(db: Db, id: number, removedAt: string | null, now: string): void {
  db.prepare('UPDATE business_unit SET removed_at = ?, updated_at = ? WHERE id = ?').run(removedAt, now, id);
}

function pickStored(unit: StoredUnit): StoredUnit {
  const { unitCode, name, ownerMemberId, nib, kbli, address, village, qualityGrade, offeredCapacity } = unit;
  return { unitCode, name, ownerMemberId, nib, kbli, address, village, qualityGrade, offeredCapacity };
}
