import type { RateBasis } from '../../../shared/api/planning';
import type { Rupiah } from '../../../shared/money';
import type { Db } from '../platform/db/connection';
import { SPK_BASIS_SQL, SPK_RATE_SQL } from '../planning/piece-rate-rule';

/** SPK numbers, and the SPKs' piece rates as issued (the rule itself: planning/piece-rate-rule.ts). */

const SPK_PREFIX = 'SPK';

/** `SPK-2026-00001`: the year of issue and a running number within it. */
export function spkNumber(year: string, serial: number): string {
  return `${SPK_PREFIX}-${year}-${String(serial).padStart(5, '0')}`;
}

/** The last running number given out in a year (0 before the first). */
function lastSerial(db: Db, year: string): number {
  const prefix = `${SPK_PREFIX}-${year}-`;
  const last = db
    .prepare(`SELECT MAX(CAST(substr(spk_no, ${prefix.length + 1}) AS INTEGER)) FROM work_assignment WHERE spk_no LIKE ? || '%'`)
    .pluck()
    .get(prefix) as number | null;
  return last ?? 0;
}

interface IssuableRow {
  id: number;
  spkNo: string | null;
  /** Rupiah a piece. */
  pieceRateIdr: Rupiah;
  rateBasis: RateBasis;
}

const ISSUABLE_SELECT = `
  SELECT a.id, a.spk_no AS spkNo, ${SPK_RATE_SQL} AS pieceRateIdr, ${SPK_BASIS_SQL} AS rateBasis
  FROM work_assignment a JOIN order_line ol ON ol.id = a.order_line_id JOIN sales_order o ON o.id = ol.order_id
  JOIN product p ON p.id = ol.product_id JOIN business_unit u ON u.id = a.unit_id`;

/**
 * Gives the SPKs of `ids` that have none their number and keeps their rate as of now, in the
 * order they start; the caller holds the (immediate) transaction and sets the status. Returns
 * the numbers given out, by id.
 */
export function numberSpks(db: Db, ids: readonly number[], issuedOn: string, now: string): Map<number, string> {
  const given = new Map<number, string>();
  if (ids.length === 0) return given;
  const rows = db
    .prepare(`${ISSUABLE_SELECT} WHERE a.id IN (SELECT value FROM json_each(?)) AND a.spk_no IS NULL ORDER BY a.start_on, o.order_no, ol.line_no, u.unit_code, a.id`)
    .all(JSON.stringify(ids)) as IssuableRow[];
  const year = issuedOn.slice(0, 4);
  let serial = lastSerial(db, year);
  const freeze = db.prepare(
    'UPDATE work_assignment SET spk_no = @spkNo, issued_on = @issuedOn, piece_rate = @pieceRateIdr, rate_basis = @rateBasis, updated_at = @now WHERE id = @id',
  );
  for (const row of rows) {
    serial += 1;
    const spkNo = spkNumber(year, serial);
    freeze.run({ id: row.id, spkNo, issuedOn, pieceRateIdr: row.pieceRateIdr, rateBasis: row.rateBasis, now });
    given.set(row.id, spkNo);
  }
  return given;
}

/** Work orders a selection names: given ids, an order's, or those starting in a week (Monday to Sunday). */
export type SpkSelection = { ids: readonly number[] } | { orderNo: string } | { weekStart: string };

/** The ids of a selection's SPKs in the given statuses. */
export function selectedSpkIds(db: Db, selection: SpkSelection, statuses: readonly string[]): number[] {
  const where =
    'ids' in selection
      ? 'a.id IN (SELECT value FROM json_each(@ids))'
      : 'orderNo' in selection
        ? 'o.order_no = @orderNo COLLATE NOCASE'
        : "a.start_on >= @weekStart AND a.start_on < date(@weekStart, '+7 days')";
  return db
    .prepare(
      `SELECT a.id FROM work_assignment a JOIN order_line ol ON ol.id = a.order_line_id JOIN sales_order o ON o.id = ol.order_id
       WHERE ${where} AND a.status IN (SELECT value FROM json_each(@statuses))`,
    )
    .pluck()
    .all({
      ids: JSON.stringify('ids' in selection ? selection.ids : []),
      orderNo: 'orderNo' in selection ? selection.orderNo : null,
      weekStart: 'weekStart' in selection ? selection.weekStart : null,
      statuses: JSON.stringify(statuses),
    }) as number[];
}
