import type { AdvanceValues, PieceRateStatement } from '../../../shared/api/production';
import type { Currency } from '../../../shared/money';
import { toRupiah } from '../../../shared/money';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../app';
import { recordAudit } from '../db/audit';
import { advancesInPeriod, deliveredWork, insertAdvance, unitWithOwner } from '../db/advances';
import { getPreference } from '../db/preferences';
import { rateOn } from '../db/rates';
import { findUnitByCode } from '../db/units';
import { addDays } from '../planning/calendar';
import { workshopAccounts, type WorkshopAccount } from './workshop-materials';
import { writeTransaction } from '../db/write';

/** The preference that prices an SPK without its own rate: rupiah per minute of the product's labour. */
export const RATE_PER_MINUTE_KEY = 'production.ratePerMinute';
/**
 * Rp 56 a minute: DOMAIN §6 puts leather-bag sewing at about Rp 200.000 a dozen for a bag of
 * about 5 hours (300 minutes): 200.000 ÷ 12 ÷ 300 ≈ Rp 55,6. 300 × 56 = Rp 16.800 a bag.
 */
export const DEFAULT_RATE_PER_MINUTE = 56;

function ratePerMinute(ctx: CallContext): number {
  const value = getPreference(ctx.app.db, RATE_PER_MINUTE_KEY);
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : DEFAULT_RATE_PER_MINUTE;
}

function unitIdOrFail(ctx: CallContext, unitCode: string): number {
  const unit = findUnitByCode(ctx.app.db, unitCode);
  if (!unit) throw new AppError('INVALID_INPUT', ctx.t('invalid.unknownUnit', { value: unitCode }), { field: 'unitCode' });
  return unit.id;
}

export function recordAdvance(ctx: CallContext, values: AdvanceValues): { id: number } {
  const { db } = ctx.app;
  const unitId = unitIdOrFail(ctx, values.unitCode);
  const now = ctx.app.now();
  const id = writeTransaction(db, () => {
    const advanceId = insertAdvance(db, { unitId, paidOn: values.paidOn, amount: values.amount, note: values.note }, now);
    recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'unit', entityId: unitId, action: 'advance', after: { ...values, advanceId } });
    return advanceId;
  });
  return { id };
}

/** Rupiah of a quantity of material at its cost; a foreign price at the newest rate on or before `on`, else nothing. */
function rupiahOf(ctx: CallContext, account: WorkshopAccount, qty: number, on: string): number {
  const minor = Math.round(qty * account.unitCost);
  if (account.currency === 'IDR') return minor;
  const rate = rateOn(ctx.app.db, account.currency, on);
  return rate ? toRupiah(minor, account.currency as Currency, rate.idrPerUnit) : 0;
}

/**
 * Overuse that arose in the period, per workshop, in rupiah: the growth of each material's
 * overuse (a negative balance) from the day before `from` to `to`. Charging the growth, not the
 * standing overuse, keeps consecutive statements from charging the same leather twice.
 */
function overuseInPeriod(ctx: CallContext, from: string, to: string, unitCode: string | null): Map<number, number> {
  const before = new Map(workshopAccounts(ctx, unitCode, addDays(from, -1)).map((a) => [`${a.unitId}|${a.materialCode}`, Math.max(0, -a.balance)]));
  const charges = new Map<number, number>();
  for (const account of workshopAccounts(ctx, unitCode, to)) {
    const grown = Math.max(0, -account.balance) - (before.get(`${account.unitId}|${account.materialCode}`) ?? 0);
    if (grown > 0) charges.set(account.unitId, (charges.get(account.unitId) ?? 0) + rupiahOf(ctx, account, grown, to));
  }
  return charges;
}

/**
 * Piece-rate statements (ongkos kerja) for a period, one per workshop that delivered, took an
 * advance or overused material in it: accepted pieces × the SPK's rate (or, without one, the
 * product's labour minutes × the rate per minute), less advances and overuse. Rejected pieces
 * are listed but not paid.
 */
export function pieceRateStatements(ctx: CallContext, from: string, to: string, unitCode: string | null): PieceRateStatement[] {
  const { db } = ctx.app;
  if (to < from) throw new AppError('INVALID_INPUT', ctx.t('errors.periodOrder'), { field: 'to' });
  const onlyUnit = unitCode === null ? null : unitIdOrFail(ctx, unitCode);
  const perMinute = ratePerMinute(ctx);
  const work = deliveredWork(db, from, to, unitCode);
  const advances = advancesInPeriod(db, from, to, unitCode);
  const overuse = overuseInPeriod(ctx, from, to, unitCode);
  const unitIds = new Set<number>([...work.map((w) => w.unitId), ...advances.keys(), ...overuse.keys()]);
  if (onlyUnit !== null) unitIds.add(onlyUnit);
  const statements = [...unitIds].map((unitId): PieceRateStatement => {
    const lines = work
      .filter((w) => w.unitId === unitId)
      .map((w) => {
        const rate = w.pieceRate > 0 ? w.pieceRate : Math.round(w.labourMinutes * perMinute);
        return { orderNo: w.orderNo, sku: w.sku, accepted: w.accepted, rejected: w.rejected, rate, amount: w.accepted * rate };
      });
    const gross = lines.reduce((sum, line) => sum + line.amount, 0);
    const paid = advances.get(unitId) ?? 0;
    const materialOveruse = overuse.get(unitId) ?? 0;
    return { ...unitWithOwner(db, unitId), from, to, lines, gross, advances: paid, materialOveruse, net: gross - paid - materialOveruse };
  });
  return statements.sort((a, b) => a.unitCode.localeCompare(b.unitCode));
}
