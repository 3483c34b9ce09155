/**
 * Release 0.19: finding the members that hold a NIK (every member saved or imported asks it) read
 * the whole member table, since the unique index of 012 covers only NIKs not shared before it and
 * SQLite cannot use it for a lookup that does not say so: an import of 40,000 members took a
 * minute, 200,000 half an hour. This index serves `nik = ? AND removed_at IS NULL`.
 */
export const sql = `
CREATE INDEX member_nik_lookup ON member (nik) WHERE nik IS NOT NULL AND removed_at IS NULL;
`;
