import type { PieceRateStatement } from '../../../shared/api/production';
import { formatDateId } from '../../../shared/dates';
import { rupiah } from '../../../shared/money';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../platform/app';
import { recordAudit } from '../platform/db/audit';
import { getSlip, insertCorrection, insertSlip, nextSlipNumber, overlappingSlip, slipsForPeriod } from './pay-slip-queries';
import { writeTransaction } from '../platform/db/write';
import { openStatements, unitIdOrFail } from './piece-rates';

/**
 * Printing a pay slip: the statement as it stands gets its number (SLIP-2026-00001, by the year
 * it was printed) and is kept exactly; what it paid and deducted is never on another slip. A
 * mistake found afterwards is a correction, a line of the workshop's next slip.
 */

function hasContent(statement: PieceRateStatement): boolean {
  return statement.lines.length > 0 || statement.advances > 0 || statement.materialOveruse > 0;
}

/**
 * Prints the period's statements not yet printed (one workshop's, or all with something on them)
 * in one transaction. A workshop whose printed slip covers part of the period is refused, naming
 * that slip: two slips of one workshop never cover the same day.
 */
export function issueSlips(ctx: CallContext, from: string, to: string, unitCode: string | null): PieceRateStatement[] {
  const { db } = ctx.app;
  if (to < from) throw new AppError('INVALID_INPUT', ctx.t('errors.periodOrder'), { field: 'to' });
  const onlyUnit = unitCode === null ? null : unitIdOrFail(ctx, unitCode);
  const issuedAt = ctx.app.now();
  const ids = writeTransaction(db, () => {
    const printed = slipsForPeriod(db, from, to, onlyUnit);
    const open = openStatements(ctx, from, to, unitCode, new Set(printed.keys())).filter((o) => hasContent(o.statement));
    const written: number[] = [];
    for (const item of open.sort((a, b) => a.statement.unitCode.localeCompare(b.statement.unitCode))) {
      const clash = overlappingSlip(db, item.unitId, from, to);
      if (clash) {
        throw new AppError('INVALID_INPUT', ctx.t('workshops.slip.overlaps', { unit: item.statement.unitCode, slipNo: clash.slipNo, from: formatDateId(clash.from), to: formatDateId(clash.to) }), {
          field: 'from',
        });
      }
      const slipNo = nextSlipNumber(db, ctx.app.today().slice(0, 4));
      const id = insertSlip(db, { ...item, slipNo }, issuedAt, ctx.app.actor);
      recordAudit(db, {
        at: issuedAt, actor: ctx.app.actor, entity: 'unit', entityId: item.unitId, action: 'pay-slip',
        after: { slipNo, from, to, gross: item.statement.gross, advances: item.statement.advances, materialOveruse: item.statement.materialOveruse, net: item.statement.net },
      });
      written.push(id);
    }
    return written;
  });
  return ids.flatMap((id) => {
    const slip = getSlip(db, id);
    if (!slip) return [];
    const { unitId: _unitId, ...statement } = slip;
    return [statement];
  });
}

export function slipById(ctx: CallContext, id: number): PieceRateStatement {
  const slip = getSlip(ctx.app.db, id);
  if (!slip) throw new AppError('NOT_FOUND', ctx.t('errors.notFound'), { field: 'id' });
  const { unitId: _unitId, ...statement } = slip;
  return statement;
}

/** A correction of pay already printed, paid (or taken back) on the workshop's next slip. */
export function recordCorrection(ctx: CallContext, values: { unitCode: string; onDate: string; amount: number; note: string }): { id: number } {
  const { db } = ctx.app;
  const unitId = unitIdOrFail(ctx, values.unitCode);
  const now = ctx.app.now();
  const id = writeTransaction(db, () => {
    const created = insertCorrection(db, { unitId, onDate: values.onDate, amountIdr: rupiah(values.amount), note: values.note }, now);
    recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'unit', entityId: unitId, action: 'pay-correction', after: { ...values, correctionId: created } });
    return created;
  });
  return { id };
}
