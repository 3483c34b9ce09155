import type { CalendarPeriod, CalendarPeriodValues } from '../../../shared/api/planning';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../app';
import { recordAudit } from '../db/audit';
import { writeTransaction } from '../db/write';

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
