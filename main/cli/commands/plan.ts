import type { PlanResult, PromiseResult } from '../../../shared/api/planning';
import { formatDateId } from '../../../shared/dates';
import { translator, type Translate } from '../../../shared/i18n';
import { assignmentReasonText } from '../../../shared/plan-reason';
import type { CliArgs } from '../index';
import type { Output } from '../output';
import { run, withApp } from '../run';

/** `sentra plan` and `sentra promise`: through the handler table, like every other transport. */

/** The JSON other tools read: snake_case, dates YYYY-MM-DD, exactly these keys; `reason` in the --lang language. */
export function planJson(result: PlanResult, t: Translate) {
  return {
    assignments: result.assignments.map((a) => ({
      order_no: a.orderNo,
      sku: a.sku,
      unit_code: a.unitCode,
      member_no: a.memberNo,
      qty: a.qty,
      minutes: a.minutes,
      start: a.start,
      end: a.end,
      reason: assignmentReasonText(t, a.reason),
    })),
    late: result.late.map((l) => ({ order_no: l.orderNo, sku: l.sku, short_qty: l.shortQty, reason: l.reason })),
    purchases: result.purchases.map((p) => ({ material_code: p.materialCode, qty: p.qty, uom: p.uom, need_by: p.needBy, order_by: p.orderBy, late: p.late })),
  };
}

export function promiseJson(result: PromiseResult) {
  return result.shipDate === null ? { ship_date: null, reason: result.reason } : { ship_date: result.shipDate };
}

/** 6,9 in Indonesian, 6.9 in English. */
function decimal(value: number, digits: number, args: CliArgs, minimumDigits = digits): string {
  return value.toLocaleString(args.locale === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: minimumDigits, maximumFractionDigits: digits });
}

function fairnessText(result: PlanResult, args: CliArgs, t: Translate): string {
  const { fairness } = result;
  if (fairness.units === 0) return t('plan.fairnessNone');
  const pct = (share: number) => decimal(share * 100, 0, args);
  return t('plan.fairness', { withWork: fairness.withWork, units: fairness.units, lowest: pct(fairness.lowest), highest: pct(fairness.highest), mean: pct(fairness.mean) });
}

function planText(result: PlanResult, args: CliArgs): string {
  const t = translator(args.locale);
  const urgent = result.purchases.filter((p) => p.late).length;
  const lines = [
    t('plan.summary', { assignments: result.assignments.length, late: result.late.length, purchases: result.purchases.length, urgent }),
    fairnessText(result, args, t),
    ...(result.byPieces.length > 0 ? [t('plan.byPieces', { skus: result.byPieces.join(', ') })] : []),
    ...result.late.map((l) => `  ${l.orderNo} ${l.sku}: ${decimal(l.shortQty, 0, args)} pcs — ${l.message}`),
    ...result.purchases.map((p) => `  ${p.late ? '!' : ' '} ${p.materialCode} ${decimal(p.qty, 4, args, 0)} ${p.uom} — ${formatDateId(p.orderBy)} → ${formatDateId(p.needBy)}`),
  ];
  return lines.join('\n');
}

export function planCommand(args: CliArgs, out: Output): Promise<number> {
  return withApp(args, out, async (app) => {
    const result = await run(app, args, 'plan:run', { today: args.today });
    out.result(planJson(result, translator(args.locale)), planText(result, args));
    return 0;
  });
}

/** Exit 0 with a date or a reason; exit 1 only when the question itself is malformed. */
export function promiseCommand(args: CliArgs, out: Output): Promise<number> {
  if (args.skus.length === 0 || args.skus.length !== args.qtys.length) {
    return Promise.resolve(out.fail({ code: 'INVALID_INPUT', message: 'Give each --sku its --qty: sentra promise --sku S --qty N [--sku S --qty N …]' }));
  }
  return withApp(args, out, async (app) => {
    const lines = args.skus.map((sku, i) => ({ sku, qty: args.qtys[i] }));
    const result = await run(app, args, 'plan:promise', { today: args.today, lines });
    const t = translator(args.locale);
    out.result(promiseJson(result), result.shipDate === null ? result.message : t('plan.promise.shipDate', { date: formatDateId(result.shipDate) }));
    return 0;
  });
}
