import type { Db } from '../platform/db/connection';
import { DEFAULT_SETTINGS, type PlanSettings } from './types';

/**
 * The plan's settings with the centre's own: its working hours per worker per week and whether
 * members are served first (centre columns of migration 009). A centre not yet described plans
 * with the defaults (40 hours, members first).
 */
export function planSettings(db: Db, base: PlanSettings = DEFAULT_SETTINGS): PlanSettings {
  const row = db.prepare('SELECT work_hours_per_week AS hours, members_first AS membersFirst FROM centre WHERE id = 1').get() as
    | { hours: number; membersFirst: number }
    | undefined;
  if (!row) return base;
  return { ...base, workHoursPerWeek: row.hours, membersFirst: row.membersFirst === 1 };
}
