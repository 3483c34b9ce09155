import { formatDateId } from '../../../shared/dates';
import type { MemberValues } from '../../../shared/domain/member';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../platform/app';
import { membersWithNik, niksInUse } from './member-queries';
import type { StoredProblem } from '../platform/import/kind';
import type { ParsedRow } from '../platform/import/rows';

/**
 * What a member register cannot hold: a member who joins on a day still to come, and a second
 * member with the same NIK KTP (one person, one membership). Refused, naming the field.
 */
export function checkMember(ctx: CallContext, values: MemberValues): void {
  const today = ctx.app.today();
  if (values.joinedOn !== null && values.joinedOn > today) {
    const message = ctx.t('checks.joinedInFuture', { date: formatDateId(values.joinedOn), today: formatDateId(today) });
    throw new AppError('INVALID_INPUT', message, { fields: [{ field: 'joinedOn', message }] });
  }
  if (values.nik !== null) {
    const other = membersWithNik(ctx.app.db, values.nik).find((member) => member.id !== values.id);
    if (other) throw new AppError('DUPLICATE', ctx.t('checks.nikTaken', { nik: values.nik, memberNo: other.memberNo, name: other.name }), { field: 'nik' });
  }
}

/** The same rules for a member list, row by row: the join date, the NIK in the register and twice in the file. */
export function memberImportProblems(ctx: CallContext, rows: ParsedRow<MemberValues>[]): StoredProblem[] {
  const today = ctx.app.today();
  const inUse = niksInUse(ctx.app.db);
  const firstRow = new Map<string, number>();
  const problems: StoredProblem[] = [];
  for (const { row, values } of rows) {
    if (values === null) continue;
    if (values.joinedOn !== null && values.joinedOn > today) {
      problems.push({ row, key: 'joined_on', message: ctx.t('checks.joinedInFuture', { date: formatDateId(values.joinedOn), today: formatDateId(today) }) });
    }
    if (values.nik === null) continue;
    // The same member again (a re-import) is already refused by its number: no second message.
    const holder = inUse.get(values.nik);
    const earlier = firstRow.get(values.nik);
    if (holder?.memberNo.toUpperCase() === values.memberNo.toUpperCase()) continue;
    if (holder) problems.push({ row, key: 'nik', message: ctx.t('checks.nikTaken', { nik: values.nik, ...holder }) });
    else if (earlier !== undefined) problems.push({ row, key: 'nik', message: ctx.t('checks.nikInFile', { nik: values.nik, row: earlier }) });
    else firstRow.set(values.nik, row);
  }
  return problems;
}
