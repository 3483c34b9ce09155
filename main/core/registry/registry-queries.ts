import type { RegistrySummary } from '../../../shared/api/registry';
import type { Db } from '../platform/db/connection';

/**
 * The registry as it stood at the end of a day: members with a status by then, units with a
 * state by then, their activity, workers and capacity. Removed rows never count.
 */
export function registrySummary(db: Db, asOf: string): RegistrySummary {
  const members = db
    .prepare(
      `SELECT COUNT(*) AS members, COALESCE(SUM(s.status = 'aktif'), 0) AS activeMembers
       FROM member m JOIN member_status s ON s.member_id = m.id
        AND s.valid_from = (SELECT MAX(valid_from) FROM member_status WHERE member_id = m.id AND valid_from <= @asOf)
       WHERE m.removed_at IS NULL AND s.status <> 'keluar'`,
    )
    .get({ asOf }) as { members: number; activeMembers: number };
  const units = db
    .prepare(
      `SELECT COUNT(*) AS units, COALESCE(SUM(s.is_active), 0) AS activeUnits,
              COALESCE(SUM(s.workers * s.is_active), 0) AS workers,
              COALESCE(SUM(s.monthly_capacity * s.is_active), 0) AS monthlyCapacity
       FROM business_unit u JOIN unit_state s ON s.unit_id = u.id
        AND s.valid_from = (SELECT MAX(valid_from) FROM unit_state WHERE unit_id = u.id AND valid_from <= @asOf)
       WHERE u.removed_at IS NULL`,
    )
    .get({ asOf }) as { units: number; activeUnits: number; workers: number; monthlyCapacity: number };
  return { asOf, ...members, ...units };
}

export function isRegistryEmpty(db: Db): boolean {
  const row = db
    .prepare('SELECT (SELECT COUNT(*) FROM member) + (SELECT COUNT(*) FROM business_unit) + (SELECT COUNT(*) FROM centre) AS n')
    .get() as { n: number };
  return row.n === 0;
}
