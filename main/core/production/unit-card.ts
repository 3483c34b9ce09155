import { OPEN_ASSIGNMENT_STATUSES } from '../../../shared/api/planning';
import type { UnitCard, UnitCardMonth } from '../../../shared/api/unit-card';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../platform/app';
import { deliveryList } from './deliveries';
import { pieceRateStatements, unitIdOrFail } from './piece-rates';
import { unitSpkSheets } from './spk';
import { unitWithHistory } from '../registry/units';
import { workshopMaterials } from '../stock/workshop-materials';

/**
 * The workshop card: every figure comes from the call another screen shows it with (units:get,
 * spk sheets, deliveries:list, pieceRates:statement, workshops:materials), so the card and those
 * screens always read the same numbers.
 */

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** First and last day of the month `offset` months from the month of `iso`. */
function monthBounds(iso: string, offset = 0): { from: string; to: string } {
  const [year, month] = iso.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 1 + offset, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
  const ym = `${first.getUTCFullYear()}-${pad(first.getUTCMonth() + 1)}`;
  return { from: `${ym}-01`, to: `${ym}-${pad(last.getUTCDate())}` };
}

/** The calendar months of a period, each clipped to it. */
function monthsOf(from: string, to: string): { month: string; from: string; to: string }[] {
  const months: { month: string; from: string; to: string }[] = [];
  for (let offset = 0; ; offset++) {
    const bounds = monthBounds(from, offset);
    if (bounds.from > to) break;
    months.push({ month: bounds.from.slice(0, 7), from: bounds.from < from ? from : bounds.from, to: bounds.to > to ? to : bounds.to });
  }
  return months;
}

const MAX_MONTHS = 36;

export function unitCard(ctx: CallContext, code: string, fromArg: string | undefined, toArg: string | undefined): UnitCard {
  const today = ctx.app.today();
  const to = toArg ?? monthBounds(today).to;
  const from = fromArg ?? monthBounds(to, -5).from;
  if (to < from) throw new AppError('INVALID_INPUT', ctx.t('errors.periodOrder'), { field: 'to' });
  const periods = monthsOf(from, to);
  if (periods.length > MAX_MONTHS) throw new AppError('INVALID_INPUT', ctx.t('unitCard.tooLong', { months: MAX_MONTHS }), { field: 'from' });
  const unitId = unitIdOrFail(ctx, code);
  const unit = unitWithHistory(ctx, unitId);
  const unitCode = unit.unitCode;
  const deliveries = deliveryList(ctx, { assignmentId: null, unitCode, from, to });
  const all = deliveryList(ctx, { assignmentId: null, unitCode: null, from, to });
  const months: UnitCardMonth[] = periods.map(({ month }) => {
    const ofMonth = deliveries.filter((d) => d.deliveredOn.startsWith(month));
    const accepted = ofMonth.reduce((sum, d) => sum + d.accepted, 0);
    const rejected = ofMonth.reduce((sum, d) => sum + d.rejected, 0);
    return { month, deliveries: ofMonth.length, accepted, rejected, rejectRate: accepted + rejected === 0 ? 0 : rejected / (accepted + rejected) };
  });
  const statements = periods.flatMap((period) => pieceRateStatements(ctx, period.from, period.to, unitCode));
  const asOf = to < today ? to : today;
  // Done SPKs of the period: those it delivered against in the period.
  const deliveredOn = new Set(deliveries.map((d) => d.assignmentId));
  const accepted = deliveries.reduce((sum, d) => sum + d.accepted, 0);
  const allAccepted = all.reduce((sum, d) => sum + d.accepted, 0);
  return {
    from,
    to,
    asOf,
    unit,
    openSpks: unitSpkSheets(ctx, unitId, OPEN_ASSIGNMENT_STATUSES),
    doneSpks: unitSpkSheets(ctx, unitId, ['done']).filter((spk) => deliveredOn.has(spk.id)),
    deliveries,
    months,
    statements,
    materials: workshopMaterials(ctx, unitCode, asOf),
    share: { accepted, allAccepted, share: allAccepted === 0 ? 0 : accepted / allAccepted },
  };
}
