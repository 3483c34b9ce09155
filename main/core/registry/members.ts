import type { RemovedMember } from '../../../shared/api/registry';
import type { Member, MemberValues } from '../../../shared/domain/member';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../platform/app';
import { lastAuditBefore, recordAudit } from '../platform/db/audit';
import {
  clearNikSharedMark, findMemberByNo, getMember, insertMember, membersWithNik, setMemberRemoved, setMemberStatus, statusHistory, updateMember,
} from './member-queries';
import { reattachUnitOwner, setUnitOwner, unitsOwnedBy } from './unit-queries';
import { writeTransaction } from '../platform/db/write';
import { checkMember } from './member-checks';

function mustGet(ctx: CallContext, id: number): Member & { removedAt: string | null } {
  const member = getMember(ctx.app.db, id);
  if (!member) throw new AppError('NOT_FOUND', ctx.t('errors.notFound'));
  return member;
}

/**
 * Writes one member without a transaction of its own, so that an import can write thousands
 * in one. A changed status opens a new period from `statusFrom` (today by default).
 */
export function writeMember(ctx: CallContext, values: MemberValues): number {
  const { db } = ctx.app;
  const now = ctx.app.now();
  const clash = findMemberByNo(db, values.memberNo);
  if (clash && clash.id !== values.id) {
    throw new AppError('DUPLICATE', ctx.t('errors.duplicateMemberNo', { value: values.memberNo, name: clash.name }), {
      field: 'memberNo',
    });
  }
  checkMember(ctx, values);
  if (values.id === undefined) {
    const id = insertMember(db, values, now);
    const today = ctx.app.today();
    // A member registered as non-aktif or keluar was aktif from joining until we learnt otherwise:
    // without that, the yearly counts would treat them as gone since the day they joined.
    if (values.status !== 'aktif' && values.joinedOn && !values.statusFrom && values.joinedOn < today) {
      setMemberStatus(db, id, values.joinedOn, 'aktif', now);
      setMemberStatus(db, id, today, values.status, now);
    } else {
      setMemberStatus(db, id, values.statusFrom ?? values.joinedOn ?? today, values.status, now);
    }
    recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'member', entityId: id, action: 'create', after: values });
    return id;
  }
  const before = mustGet(ctx, values.id);
  updateMember(db, values.id, values, now);
  // checkMember found no other holder of this NIK: the store's unique index may guard it again.
  clearNikSharedMark(db, values.id);
  if (before.status !== values.status) {
    setMemberStatus(db, values.id, values.statusFrom ?? ctx.app.today(), values.status, now);
  }
  recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'member', entityId: values.id, action: 'update', before, after: values });
  return values.id;
}

export function saveMember(ctx: CallContext, values: MemberValues): Member {
  const id = writeTransaction(ctx.app.db, () => writeMember(ctx, values));
  return mustGet(ctx, id);
}

export function memberWithHistory(ctx: CallContext, id: number) {
  return { ...mustGet(ctx, id), history: statusHistory(ctx.app.db, id) };
}

/**
 * Removing is soft and undoable. A member who still owns units is refused unless the caller
 * explicitly detaches them; the detached units are remembered so that restore re-attaches them.
 */
export function removeMember(ctx: CallContext, id: number, detachUnits: boolean): RemovedMember {
  const { db } = ctx.app;
  const member = mustGet(ctx, id);
  const owned = unitsOwnedBy(db, id);
  if (owned.length > 0 && !detachUnits) {
    throw new AppError(
      'MEMBER_HAS_UNITS',
      ctx.t('errors.memberHasUnits', { name: member.name, count: owned.length, units: owned.map((u) => u.unitCode).join(', ') }),
      { units: owned },
    );
  }
  const now = ctx.app.now();
  writeTransaction(db, () => {
    for (const unit of owned) setUnitOwner(db, unit.id, null, now);
    setMemberRemoved(db, id, now, now);
    recordAudit(db, {
      at: now, actor: ctx.app.actor, entity: 'member', entityId: id, action: 'remove',
      before: { memberNo: member.memberNo, name: member.name, detachedUnitIds: owned.map((u) => u.id) },
    });
  });
  return { member: mustGet(ctx, id), detachedUnitIds: owned.map((u) => u.id) };
}

export function restoreMember(ctx: CallContext, id: number): Member {
  const { db } = ctx.app;
  const member = mustGet(ctx, id);
  if (member.removedAt === null) return member;
  const clash = findMemberByNo(db, member.memberNo);
  if (clash) {
    throw new AppError('DUPLICATE', ctx.t('errors.duplicateMemberNo', { value: member.memberNo, name: clash.name }));
  }
  // Someone registered since with the same NIK KTP: one person, one membership.
  const sameNik = member.nik === null ? undefined : membersWithNik(db, member.nik)[0];
  if (sameNik) throw new AppError('DUPLICATE', ctx.t('checks.nikTaken', { nik: member.nik, memberNo: sameNik.memberNo, name: sameNik.name }));
  const removal = lastAuditBefore(db, 'member', id, 'remove') as { detachedUnitIds?: number[] } | null;
  const detached = removal?.detachedUnitIds ?? [];
  const now = ctx.app.now();
  writeTransaction(db, () => {
    setMemberRemoved(db, id, null, now);
    // Re-attach only units that nobody else has claimed since.
    for (const unitId of detached) {
      reattachUnitOwner(db, unitId, id, now);
    }
    recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'member', entityId: id, action: 'restore', after: { memberNo: member.memberNo, name: member.name } });
  });
  return mustGet(ctx, id);
}
