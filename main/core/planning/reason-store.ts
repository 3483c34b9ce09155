import { REASON_KINDS, type AssignmentReason } from '../../../shared/api/planning';
import type { Db } from '../platform/db/connection';

/**
 * Why each assignment is where it is, kept beside it (migration 009) as the code and figures the
 * plan gave; every reader words it in its own language.
 */

const KINDS = new Set<string>(REASON_KINDS);

/** A stored reason, or null when there is none or it is not one this release knows. */
export function readReason(json: string | null): AssignmentReason | null {
  if (json === null) return null;
  const value: unknown = JSON.parse(json);
  if (typeof value !== 'object' || value === null || !('kind' in value) || typeof value.kind !== 'string' || !KINDS.has(value.kind)) return null;
  return value as AssignmentReason;
}

/** Writes the reasons of assignments by id; unchanged ones are left as they are. The caller holds the transaction. */
export function writeReasons(db: Db, reasons: { id: number; reason: AssignmentReason }[]): void {
  const upsert = db.prepare(
    `INSERT INTO assignment_reason (assignment_id, reason_json) VALUES (?, ?)
     ON CONFLICT (assignment_id) DO UPDATE SET reason_json = excluded.reason_json WHERE reason_json <> excluded.reason_json`,
  );
  for (const { id, reason } of reasons) upsert.run(id, JSON.stringify(reason));
}
