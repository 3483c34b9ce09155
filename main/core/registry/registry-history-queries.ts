import type { Db } from '../platform/db/connection';

/** The earliest day the registry knows units' and members' states: before it, their counts are unknown. */
export function registryHistoryStarts(db: Db): { units: string | null; members: string | null } {
  return db
    .prepare('SELECT (SELECT MIN(valid_from) FROM unit_state) AS units, (SELECT MIN(valid_from) FROM member_status) AS members')
    .get() as { units: string | null; members: string | null };
}
