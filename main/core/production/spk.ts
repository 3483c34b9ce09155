import { OPEN_ASSIGNMENT_STATUSES } from '../../../shared/api/planning';
import type { SpkSelectionValues, SpkSheet } from '../../../shared/api/production';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../platform/app';
import { recordAudit } from '../platform/db/audit';
import type { Db } from '../platform/db/connection';
import { SPK_BASIS_SQL, SPK_RATE_SQL } from '../planning/piece-rate-rule';
import { numberSpks, selectedSpkIds, type SpkSelection } from './spk-queries';
import { findUnitByCode } from '../registry/unit-queries';
import { writeTransaction } from '../platform/db/write';

/**
 * Issuing SPKs: the work order gets its number and keeps the piece rate in force that day, and
 * the plan keeps it from then on. One at a time from the SPK view, or all of an order's or a
 * week's at once; a first delivery against an SPK nobody issued issues it too.
 */

function isMonday(iso: string): boolean {
  return new Date(`${iso}T00:00:00Z`).getUTCDay() === 1;
}

function selectionOf(ctx: CallContext, values: SpkSelectionValues): SpkSelection | { unitId: number } {
  const given = [values.ids, values.orderNo, values.weekStart, values.unitCode].filter((value) => value !== undefined);
  if (given.length !== 1) throw new AppError('INVALID_INPUT', ctx.t('workshops.spk.selectOne'), { field: 'ids' });
  if (values.ids) return { ids: values.ids };
  if (values.orderNo !== undefined) return { orderNo: values.orderNo };
  if (values.weekStart !== undefined) {
    if (!isMonday(values.weekStart)) throw new AppError('INVALID_INPUT', ctx.t('workshops.spk.notMonday'), { field: 'weekStart' });
    return { weekStart: values.weekStart };
  }
  const unit = findUnitByCode(ctx.app.db, values.unitCode ?? '');
  if (!unit) throw new AppError('INVALID_INPUT', ctx.t('invalid.unknownUnit', { value: values.unitCode ?? '' }), { field: 'unitCode' });
  return { unitId: unit.id };
}

const SHEET_SELECT = `
  SELECT a.id, a.spk_no AS spkNo, a.issued_on AS issuedOn, a.status, o.order_no AS orderNo, b.name AS buyerName, ol.line_no AS lineNo,
         p.sku, p.name AS productName, p.labour_minutes AS labourMinutes, a.qty, a.delivered_qty AS deliveredQty,
         a.start_on AS start, a.due_on AS "end", ${SPK_RATE_SQL} AS pieceRate, ${SPK_BASIS_SQL} AS rateBasis,
         u.unit_code AS unitCode, u.name AS unitName, m.name AS ownerName, m.member_no AS memberNo
  FROM work_assignment a
  JOIN order_line ol ON ol.id = a.order_line_id JOIN sales_order o ON o.id = ol.order_id JOIN buyer b ON b.id = o.buyer_id
  JOIN product p ON p.id = ol.product_id JOIN business_unit u ON u.id = a.unit_id
  LEFT JOIN member m ON m.id = u.owner_member_id`;

/** Sheets in the order they are handed out: by workshop, then start, order and line. */
function sheets(db: Db, ids: readonly number[]): SpkSheet[] {
  return db
    .prepare(`${SHEET_SELECT} WHERE a.id IN (SELECT value FROM json_each(?)) ORDER BY u.unit_code, a.start_on, o.order_no, ol.line_no, a.id`)
    .all(JSON.stringify(ids)) as SpkSheet[];
}

function openIds(db: Db, selection: SpkSelection | { unitId: number }): number[] {
  if ('unitId' in selection) {
    return db
      .prepare(`SELECT id FROM work_assignment WHERE unit_id = ? AND status IN (SELECT value FROM json_each(?))`)
      .pluck()
      .all(selection.unitId, JSON.stringify(OPEN_ASSIGNMENT_STATUSES)) as number[];
  }
  return selectedSpkIds(db, selection, OPEN_ASSIGNMENT_STATUSES);
}

/** The selection's open SPKs, issued or not. */
export function spkList(ctx: CallContext, values: SpkSelectionValues): SpkSheet[] {
  return sheets(ctx.app.db, openIds(ctx.app.db, selectionOf(ctx, values)));
}

/**
 * Numbers and prices the planned SPKs of `ids` and marks them issued; the caller holds the
 * transaction. Returns how many were issued.
 */
export function issueInTransaction(ctx: CallContext, ids: readonly number[]): number {
  const { db } = ctx.app;
  const now = ctx.app.now();
  const planned = db
    .prepare("SELECT id FROM work_assignment WHERE id IN (SELECT value FROM json_each(?)) AND status = 'planned'")
    .pluck()
    .all(JSON.stringify(ids)) as number[];
  const given = numberSpks(db, planned, ctx.app.today(), now);
  const mark = db.prepare("UPDATE work_assignment SET status = 'issued', updated_at = ? WHERE id = ?");
  const frozen = db.prepare('SELECT piece_rate AS pieceRate, rate_basis AS rateBasis FROM work_assignment WHERE id = ?');
  for (const id of planned) {
    mark.run(now, id);
    const rate = frozen.get(id) as { pieceRate: number; rateBasis: string };
    recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'assignment', entityId: id, action: 'issue', before: { status: 'planned' }, after: { status: 'issued', spkNo: given.get(id) ?? null, ...rate } });
  }
  return planned.length;
}

/** Issues a selection's planned SPKs in one transaction and answers with its open SPKs to print. */
export function issueSpks(ctx: CallContext, values: SpkSelectionValues): { issued: number; spks: SpkSheet[] } {
  const { db } = ctx.app;
  const selection = selectionOf(ctx, values);
  const issued = writeTransaction(db, () => issueInTransaction(ctx, openIds(db, selection)));
  return { issued, spks: sheets(db, openIds(db, selection)) };
}

/**
 * An SPK that takes a delivery before anybody issued it is issued by it: numbered and priced
 * as of that day, so the pay for the pieces is fixed from the first one handed in.
 */
export function numberOnDelivery(ctx: CallContext, id: number): void {
  numberSpks(ctx.app.db, [id], ctx.app.today(), ctx.app.now());
}

/** One workshop's SPKs of the given statuses, in hand-out order (the workshop card). */
export function unitSpkSheets(ctx: CallContext, unitId: number, statuses: readonly string[]): SpkSheet[] {
  const ids = ctx.app.db
    .prepare('SELECT id FROM work_assignment WHERE unit_id = ? AND status IN (SELECT value FROM json_each(?))')
    .pluck()
    .all(unitId, JSON.stringify(statuses)) as number[];
  return sheets(ctx.app.db, ids);
}
