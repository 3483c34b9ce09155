import type { AdvanceValues, PieceRateStatement, StatementLine } from '../../../shared/api/production';
import { rupiah, sumOf, toRupiah, type Rupiah } from '../../../shared/money';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../platform/app';
import { recordAudit } from '../platform/db/audit';
import { deliveredWork, insertAdvance, openAdvances, openCorrections, unitWithOwner, type DeliveredWork } from './statement-queries';
import { slipsForPeriod } from './pay-slip-queries';
import { rateOn } from '../orders/rate-queries';
import { findUnitByCode } from '../registry/unit-queries';
import { addDays } from '../planning/calendar';
import { workshopAccounts, type WorkshopAccount } from '../stock/workshop-materials';
import { writeTransaction } from '../platform/db/write';

export { DEFAULT_RATE_PER_MINUTE } from '../platform/db/centre';

export function unitIdOrFail(ctx: CallContext, unitCode: string): number {
  const unit = findUnitByCode(ctx.app.db, unitCode);
  if (!unit) throw new AppError('INVALID_INPUT', ctx.t('invalid.unknownUnit', { value: unitCode }), { field: 'unitCode' });
  return unit.id;
}

export function recordAdvance(ctx: CallContext, values: AdvanceValues): { id: number } {
  const { db } = ctx.app;
  const unitId = unitIdOrFail(ctx, values.unitCode);
  const now = ctx.app.now();
  const id = writeTransaction(db, () => {
    const advanceId = insertAdvance(db, { unitId, paidOn: values.paidOn, amountIdr: rupiah(values.amount), note: values.note }, now);
    recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'unit', entityId: unitId, action: 'advance', after: { ...values, advanceId } });
    return advanceId;
  });
  return { id };
}

/** Rupiah of a quantity of material at its cost; a foreign price at the newest rate on or before `on`, else nothing. */
function rupiahOf(ctx: CallContext, account: WorkshopAccount, qty: number, on: string): Rupiah {
  const minor = Math.round(qty * account.unitCost);
  if (account.currency === 'IDR') return rupiah(minor);
  const rate = rateOn(ctx.app.db, account.currency, on);
  return rate ? toRupiah(minor, account.currency, rate.idrPerUnit) : rupiah(0);
}

/**
 * Overuse that arose in the period, per workshop, in rupiah: the growth of each material's
 * overuse (a negative balance) from the day before `from` to `to`. Charging the growth, not the
 * standing overuse, keeps consecutive statements from charging the same leather twice.
 */
function overuseInPeriod(ctx: CallContext, from: string, to: string, unitCode: string | null): Map<number, Rupiah> {
  const before = new Map(workshopAccounts(ctx, unitCode, addDays(from, -1)).map((a) => [`${a.unitId}|${a.materialCode}`, Math.max(0, -a.balance)]));
  const charges = new Map<number, Rupiah>();
  for (const account of workshopAccounts(ctx, unitCode, to)) {
    const grown = Math.max(0, -account.balance) - (before.get(`${account.unitId}|${account.materialCode}`) ?? 0);
    if (grown > 0) charges.set(account.unitId, rupiah((charges.get(account.unitId) ?? 0) + rupiahOf(ctx, account, grown, to)));
  }
  return charges;
}

/** A statement not yet printed, with what a slip printed from it would settle. */
export interface OpenStatement {
  unitId: number;
  statement: PieceRateStatement;
  deliveryIds: number[];
  advanceIds: number[];
  correctionIds: number[];
  /** The SPK of each line (null for an entered correction). */
  lineAssignments: (number | null)[];
}

/** One line per SPK (and, for late work, per printed slip it belonged to), at the SPK's own rate. */
function workLines(ctx: CallContext, work: DeliveredWork[]): { line: StatementLine; assignmentId: number }[] {
  const groups = new Map<string, { line: StatementLine; assignmentId: number }>();
  for (const w of work) {
    const key = `${w.assignmentId}|${w.lateFor ?? ''}`;
    let group = groups.get(key);
    if (!group) {
      const note = w.lateFor ? ctx.t('workshops.slip.lateWork', { slipNo: w.lateFor }) : null;
      group = { line: { spkNo: w.spkNo, orderNo: w.orderNo, sku: w.sku, accepted: 0, rejected: 0, rate: w.pieceRateIdr, amount: rupiah(0), isCorrection: w.lateFor !== null, note }, assignmentId: w.assignmentId };
      groups.set(key, group);
    }
    group.line.accepted += w.accepted;
    group.line.rejected += w.rejected;
    group.line.amount = rupiah(group.line.accepted * group.line.rate);
  }
  const all = [...groups.values()];
  return [...all.filter((g) => !g.line.isCorrection), ...all.filter((g) => g.line.isCorrection)];
}

/**
 * The period's statements not yet printed, one per workshop that delivered, took an advance,
 * overused material or has a correction waiting: accepted pieces × each SPK's own rate (kept
 * since the SPK was issued, so no later rate or preference changes it), less advances and
 * overuse. Work and advances already on a printed slip are left out; those of a printed slip's
 * period recorded after it come in as corrections. Rejected pieces are listed but not paid.
 */
export function openStatements(ctx: CallContext, from: string, to: string, unitCode: string | null, printed: ReadonlySet<number>): OpenStatement[] {
  const { db } = ctx.app;
  const work = deliveredWork(db, from, to, unitCode).filter((w) => !printed.has(w.unitId));
  const advances = openAdvances(db, from, to, unitCode).filter((a) => !printed.has(a.unitId));
  const corrections = openCorrections(db, to, unitCode).filter((c) => !printed.has(c.unitId));
  const overuse = overuseInPeriod(ctx, from, to, unitCode);
  const unitIds = new Set<number>([...work.map((w) => w.unitId), ...advances.map((a) => a.unitId), ...corrections.map((c) => c.unitId), ...overuse.keys()]);
  for (const id of printed) unitIds.delete(id);
  return [...unitIds].map((unitId): OpenStatement => {
    const own = work.filter((w) => w.unitId === unitId);
    const lines = workLines(ctx, own);
    const entered = corrections.filter((c) => c.unitId === unitId);
    const allLines: StatementLine[] = [
      ...lines.map((l) => l.line),
      ...entered.map((c) => ({ spkNo: null, orderNo: null, sku: null, accepted: 0, rejected: 0, rate: rupiah(0), amount: c.amountIdr, isCorrection: true, note: c.note })),
    ];
    const paidAhead = advances.filter((a) => a.unitId === unitId);
    const gross = sumOf(allLines.map((line) => line.amount));
    const advanced = sumOf(paidAhead.map((a) => a.amountIdr));
    const materialOveruse = overuse.get(unitId) ?? rupiah(0);
    return {
      unitId,
      statement: {
        ...unitWithOwner(db, unitId), from, to, lines: allLines, gross, advances: advanced, materialOveruse, net: rupiah(gross - advanced - materialOveruse),
        slipNo: null, slipId: null, issuedAt: null,
      },
      deliveryIds: own.map((w) => w.deliveryId),
      advanceIds: paidAhead.map((a) => a.id),
      correctionIds: entered.map((c) => c.id),
      lineAssignments: [...lines.map((l) => l.assignmentId), ...entered.map(() => null)],
    };
  });
}

/**
 * Piece-rate statements (ongkos kerja) for a period: each workshop's printed slip for exactly
 * this period as printed, else its statement as it stands (see openStatements).
 */
export function pieceRateStatements(ctx: CallContext, from: string, to: string, unitCode: string | null): PieceRateStatement[] {
  const { db } = ctx.app;
  if (to < from) throw new AppError('INVALID_INPUT', ctx.t('errors.periodOrder'), { field: 'to' });
  const onlyUnit = unitCode === null ? null : unitIdOrFail(ctx, unitCode);
  const slips = slipsForPeriod(db, from, to, onlyUnit);
  const open = openStatements(ctx, from, to, unitCode, new Set(slips.keys()));
  const statements: PieceRateStatement[] = [...[...slips.values()].map(({ unitId: _unitId, ...slip }) => slip), ...open.map((o) => o.statement)];
  if (onlyUnit !== null && statements.length === 0) {
    statements.push({ ...unitWithOwner(db, onlyUnit), from, to, lines: [], gross: rupiah(0), advances: rupiah(0), materialOveruse: rupiah(0), net: rupiah(0), slipNo: null, slipId: null, issuedAt: null });
  }
  return statements.sort((a, b) => a.unitCode.localeCompare(b.unitCode));
}
