/**
 * Release 0.12: one person, one membership. A second member with the same NIK KTP is refused
 * from this release on (services/member-checks.ts says who holds it); this index is the store's
 * own guard behind that check. Members who already shared a NIK are kept as they were — nothing
 * in a register is changed or removed silently — and marked, so that the index can be built over
 * them; the next save of such a member asks for a NIK no other member holds.
 */
export const sql = `
ALTER TABLE member ADD COLUMN nik_shared_before INTEGER NOT NULL DEFAULT 0 CHECK (nik_shared_before IN (0, 1));
UPDATE member SET nik_shared_before = 1
 WHERE removed_at IS NULL AND nik IN (
   SELECT nik FROM member WHERE nik IS NOT NULL AND removed_at IS NULL GROUP BY nik HAVING COUNT(*) > 1);
CREATE UNIQUE INDEX member_nik_in_use ON member (nik) WHERE nik IS NOT NULL AND removed_at IS NULL AND nik_shared_before = 0;
`;
