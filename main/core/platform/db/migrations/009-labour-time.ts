/**
 * Release 0.9: the plan counts people's time as well as pieces, serves members first and says why.
 * - The centre's working hours per worker per week (40 by default: the Manpower Act's week) and
 *   whether members' workshops are served first (on by default; a centre may turn it off).
 * - The capacity a workshop offers the cooperative, in pieces a month (NULL: all of it).
 * - Why the plan put each of its assignments where it did, as a code with its figures (the words
 *   are put in by whoever reads them, in their language). Not watched by the plan's revision
 *   token: only the plan and a manual assignment write it.
 */
export const sql = `
ALTER TABLE centre ADD COLUMN work_hours_per_week INTEGER NOT NULL DEFAULT 40 CHECK (work_hours_per_week BETWEEN 1 AND 84);
ALTER TABLE centre ADD COLUMN members_first INTEGER NOT NULL DEFAULT 1 CHECK (members_first IN (0, 1));
ALTER TABLE business_unit ADD COLUMN offered_capacity INTEGER CHECK (offered_capacity IS NULL OR offered_capacity >= 0);
CREATE TABLE assignment_reason (
  assignment_id INTEGER PRIMARY KEY REFERENCES work_assignment (id) ON DELETE CASCADE,
  reason_json TEXT NOT NULL
) STRICT;
`;
