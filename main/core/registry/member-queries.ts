import type { Member, MemberStatus, MemberValues, StatusChange } from '../../../shared/domain/member';
import type { Db } from '../platform/db/connection';

/** The newest status row of a member, or its newest on or before a date. */
const CURRENT_STATUS = `s.valid_from = (SELECT MAX(valid_from) FROM member_status WHERE member_id = m.id AND valid_from <= @asOf)`;

// Workers of a member are those of its active units today: what the cooperative employs through it.
const MEMBER_SELECT = `
  SELECT m.id, m.member_no AS memberNo, m.name, m.nik, m.phone, m.gender, m.address, m.village,
         m.district, m.regency, m.joined_on AS joinedOn, m.updated_at AS updatedAt,
         s.status, s.valid_from AS statusFrom,
         (SELECT COUNT(*) FROM business_unit u WHERE u.owner_member_id = m.id AND u.removed_at IS NULL) AS unitCount,
         (SELECT COALESCE(SUM(us.workers), 0) FROM business_unit u
            JOIN unit_state us ON us.unit_id = u.id
             AND us.valid_from = (SELECT MAX(valid_from) FROM unit_state WHERE unit_id = u.id AND valid_from <= @asOf)
           WHERE u.owner_member_id = m.id AND u.removed_at IS NULL AND us.is_active = 1) AS workers
  FROM member m
  JOIN member_status s ON s.member_id = m.id AND ${CURRENT_STATUS}`;

const LATEST = '9999-12-31';

/** With `asOf`: the members registered by then, each with the status and workers of that day. */
export function listMembers(db: Db, includeRemoved = false, asOf = LATEST): Member[] {
  return db
    .prepare(`${MEMBER_SELECT} WHERE (@includeRemoved = 1 OR m.removed_at IS NULL) ORDER BY m.member_no`)
    .all({ asOf, includeRemoved: includeRemoved ? 1 : 0 }) as Member[];
}

export function getMember(db: Db, id: number): (Member & { removedAt: string | null }) | undefined {
  return db
    .prepare(`${MEMBER_SELECT.replace('m.updated_at AS updatedAt', 'm.updated_at AS updatedAt, m.removed_at AS removedAt')} WHERE m.id = @id`)
    .get({ asOf: LATEST, id }) as (Member & { removedAt: string | null }) | undefined;
}

export function findMemberByNo(db: Db, memberNo: string): { id: number; name: string } | undefined {
  return db
    .prepare('SELECT id, name FROM member WHERE member_no = ? COLLATE NOCASE AND removed_at IS NULL')
    .get(memberNo) as { id: number; name: string } | undefined;
}

/** Members (not removed) holding a NIK KTP: one person is one member. */
/** Asked for every member saved or imported: served by the index of migration 019, never a scan. */
export const MEMBERS_WITH_NIK_SQL = 'SELECT id, member_no AS memberNo, name FROM member WHERE nik = ? AND removed_at IS NULL ORDER BY member_no';

export function membersWithNik(db: Db, nik: string): { id: number; memberNo: string; name: string }[] {
  return db.prepare(MEMBERS_WITH_NIK_SQL).all(nik) as { id: number; memberNo: string; name: string }[];
}

/** A member saved with a NIK nobody else holds is no longer one of those that shared it before migration 012. */
export function clearNikSharedMark(db: Db, id: number): void {
  db.prepare('UPDATE member SET nik_shared_before = 0 WHERE id = ? AND nik_shared_before = 1').run(id);
}

/** Every NIK in use with the member holding it, for importers that check a whole file. */
export function niksInUse(db: Db): Map<string, { memberNo: string; name: string }> {
  const rows = db.prepare('SELECT nik, member_no AS memberNo, name FROM member WHERE nik IS NOT NULL AND removed_at IS NULL ORDER BY member_no').all() as {
    nik: string;
    memberNo: string;
    name: string;
  }[];
  const byNik = new Map<string, { memberNo: string; name: string }>();
  for (const row of rows) if (!byNik.has(row.nik)) byNik.set(row.nik, { memberNo: row.memberNo, name: row.name });
  return byNik;
}

/** All member numbers in use, folded to upper case, for importers that check a whole file. */
export function memberNumbersInUse(db: Db): Map<string, number> {
  const rows = db.prepare('SELECT id, member_no AS memberNo FROM member WHERE removed_at IS NULL').all() as { id: number; memberNo: string }[];
  return new Map(rows.map((r) => [r.memberNo.toUpperCase(), r.id]));
}

export function statusHistory(db: Db, memberId: number): StatusChange[] {
  return db
    .prepare('SELECT valid_from AS validFrom, status FROM member_status WHERE member_id = ? ORDER BY valid_from')
    .all(memberId) as StatusChange[];
}

type StoredMember = Omit<MemberValues, 'id' | 'status' | 'statusFrom'>;

export function insertMember(db: Db, values: StoredMember, now: string): number {
  const result = db
    .prepare(
      `INSERT INTO member (member_no, name, nik, phone, gender, address, village, district, regency, joined_on, created_at, updated_at)
       VALUES (@memberNo, @name, @nik, @phone, @gender, @address, @village, @district, @regency, @joinedOn, @now, @now)`,
    )
    .run({ ...pickStored(values), now });
  return Number(result.lastInsertRowid);
}

export function updateMember(db: Db, id: number, values: StoredMember, now: string): void {
  db.prepare(
    `UPDATE member SET member_no = @memberNo, name = @name, nik = @nik, phone = @phone, gender = @gender,
       address = @address, village = @village, district = @district, regency = @regency,
       joined_on = @joinedOn, updated_at = @now
     WHERE id = @id`,
  ).run({ ...pickStored(values), id, now });
}

/** A status holds from a date; a second change on the same date replaces the first. */
export function setMemberStatus(db: Db, memberId: number, validFrom: string, status: MemberStatus, now: string): void {
  db.prepare(
    `INSERT INTO member_status (member_id, valid_from, status, recorded_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (member_id, valid_from) DO UPDATE SET status = excluded.status, recorded_at = excluded.recorded_at`,
  ).run(memberId, validFrom, status, now);
}

export function setMemberRemoved(db: Db, id: number, removedAt: string | null, now: string): void {
  db.prepare('UPDATE member SET removed_at = ?, updated_at = ? WHERE id = ?').run(removedAt, now, id);
}

function pickStored(values: StoredMember): StoredMember {
  const { memberNo, name, nik, phone, gender, address, village, district, regency, joinedOn } = values;
  return { memberNo, name, nik, phone, gender, address, village, district, regency, joinedOn };
}
