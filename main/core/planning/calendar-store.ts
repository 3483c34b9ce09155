import type { NationalCalendarFill } from '../../../shared/api/calendar';
import type { CalendarPeriod, CalendarPeriodValues } from '../../../shared/api/planning';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../platform/app';
import { recordAudit } from '../platform/db/audit';
import type { Db } from '../platform/db/connection';
import { writeTransaction } from '../platform/db/write';
import { NATIONAL_FIRST_YEAR, NATIONAL_LAST_YEAR, NATIONAL_YEARS, nationalPeriods } from './holidays-id';

/** The production calendar: holidays, the Lebaran shutdown, Ramadan hours, overtime. */

const SELECT = `SELECT id, starts_on AS startsOn, ends_on AS endsOn, kind, capacity_pct AS capacityPct, name FROM calendar_period`;

export function listPeriods(ctx: CallContext, range: { from?: string; to?: string }): CalendarPeriod[] {
  return ctx.app.db
    .prepare(`${SELECT} WHERE (@from IS NULL OR ends_on >= @from) AND (@to IS NULL OR starts_on <= @to) ORDER BY starts_on, id`)
    .all({ from: range.from ?? null, to: range.to ?? null }) as CalendarPeriod[];
}

function mustGet(ctx: CallContext, id: number): CalendarPeriod {
  const row = ctx.app.db.prepare(`${SELECT} WHERE id = ?`).get(id) as CalendarPeriod | undefined;
  if (!row) throw new AppError('NOT_FOUND', ctx.t('errors.notFound'));
  return row;
}

export function savePeriod(ctx: CallContext, values: CalendarPeriodValues): CalendarPeriod {
  if (values.endsOn < values.startsOn) {
    throw new AppError('INVALID_INPUT', ctx.t('plan.calendar.periodOrder'), { fields: [{ field: 'endsOn', message: ctx.t('plan.calendar.periodOrder') }] });
  }
  const { db } = ctx.app;
  const now = ctx.app.now();
  const id = writeTransaction(db, () => {
    const row = { ...values, now };
    if (values.id === undefined) {
      const created = Number(
        db
          .prepare(
            `INSERT INTO calendar_period (starts_on, ends_on, kind, capacity_pct, name, created_at, updated_at)
             VALUES (@startsOn, @endsOn, @kind, @capacityPct, @name, @now, @now)`,
          )
          .run(row).lastInsertRowid,
      );
      recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'plan', entityId: created, action: 'calendar-create', after: values });
      return created;
    }
    const before = mustGet(ctx, values.id);
    db.prepare(
      `UPDATE calendar_period SET starts_on = @startsOn, ends_on = @endsOn, kind = @kind, capacity_pct = @capacityPct, name = @name, updated_at = @now
       WHERE id = @id`,
    ).run(row);
    recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'plan', entityId: values.id, action: 'calendar-update', before, after: values });
    return values.id;
  });
  return mustGet(ctx, id);
}

/** Nothing refers to a calendar period, so it is deleted; the audit log keeps what it was. */
export function removePeriod(ctx: CallContext, id: number): CalendarPeriod {
  const { db } = ctx.app;
  const now = ctx.app.now();
  return writeTransaction(db, () => {
    const before = mustGet(ctx, id);
    db.prepare('DELETE FROM calendar_period WHERE id = ?').run(id);
    recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'plan', entityId: id, action: 'calendar-remove', before });
    return before;
  });
}

/**
 * Adds Indonesia's national holidays, cuti bersama, Lebaran shutdowns and Ramadan hours
 * (holidays-id.ts) that the calendar does not hold yet; a period with the same kind and days is
 * left as the centre edited it. A new centre gets them when it is created; an existing centre
 * only when someone asks on the calendar screen. One audit entry names the source of each year.
 */
export function addNationalPeriods(db: Db, actor: string, now: string): NationalCalendarFill {
  return writeTransaction(db, () => {
    const present = db.prepare('SELECT 1 FROM calendar_period WHERE kind = ? AND starts_on = ? AND ends_on = ?').pluck();
    const insert = db.prepare(
      `INSERT INTO calendar_period (starts_on, ends_on, kind, capacity_pct, name, created_at, updated_at)
       VALUES (@startsOn, @endsOn, @kind, @capacityPct, @name, @now, @now)`,
    );
    let added = 0;
    let kept = 0;
    for (const period of nationalPeriods()) {
      if (present.get(period.kind, period.startsOn, period.endsOn) !== undefined) {
        kept++;
        continue;
      }
      insert.run({ ...period, now });
      added++;
    }
    if (added > 0) {
      const sources = Object.fromEntries(NATIONAL_YEARS.map((year) => [year.year, year.source]));
      recordAudit(db, { at: now, actor, entity: 'plan', entityId: null, action: 'calendar-national', after: { added, kept, sources } });
    }
    return { added, kept, fromYear: NATIONAL_FIRST_YEAR, toYear: NATIONAL_LAST_YEAR };
  });
}

/** The calendar screen's offer to an existing centre: the same list, added where missing. */
export function fillNationalCalendar(ctx: CallContext): NationalCalendarFill {
  return addNationalPeriods(ctx.app.db, ctx.app.actor, ctx.app.now());
}
