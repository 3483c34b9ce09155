import type { PieceRateStatement, StatementLine } from '../../../shared/api/production';
import type { Rupiah } from '../../../shared/money';
import type { Db } from '../platform/db/connection';

/** Printed pay slips: kept exactly as printed, with what each settled. */

interface SlipRow {
  id: number;
  slipNo: string;
  unitId: number;
  unitCode: string;
  unitName: string;
  ownerName: string | null;
  memberNo: string | null;
  from: string;
  to: string;
  gross: Rupiah;
  advances: Rupiah;
  materialOveruse: Rupiah;
  net: Rupiah;
  issuedAt: string;
}

const SLIP_SELECT = `
  SELECT id, slip_no AS slipNo, unit_id AS unitId, unit_code AS unitCode, unit_name AS unitName, owner_name AS ownerName, member_no AS memberNo,
         period_from AS "from", period_to AS "to", gross, advances, material_overuse AS materialOveruse, net, issued_at AS issuedAt
  FROM pay_slip`;

function slipLines(db: Db, slipId: number): StatementLine[] {
  const rows = db
    .prepare(
      `SELECT spk_no AS spkNo, order_no AS orderNo, sku, accepted, rejected, rate, amount, is_correction AS isCorrection, note
       FROM pay_slip_line WHERE slip_id = ? ORDER BY line_no`,
    )
    .all(slipId) as (Omit<StatementLine, 'isCorrection'> & { isCorrection: number })[];
  return rows.map((row) => ({ ...row, isCorrection: row.isCorrection === 1 }));
}

function toStatement(db: Db, row: SlipRow): PieceRateStatement & { unitId: number } {
  const { id, issuedAt, ...rest } = row;
  return { ...rest, slipId: id, issuedAt, lines: slipLines(db, id) };
}

/** The slips printed for exactly this period, by workshop. */
export function slipsForPeriod(db: Db, from: string, to: string, unitId: number | null): Map<number, PieceRateStatement & { unitId: number }> {
  const rows = db
    .prepare(`${SLIP_SELECT} WHERE period_from = ? AND period_to = ? AND (? IS NULL OR unit_id = ?)`)
    .all(from, to, unitId, unitId) as SlipRow[];
  return new Map(rows.map((row) => [row.unitId, toStatement(db, row)]));
}

export function getSlip(db: Db, id: number): (PieceRateStatement & { unitId: number }) | undefined {
  const row = db.prepare(`${SLIP_SELECT} WHERE id = ?`).get(id) as SlipRow | undefined;
  return row ? toStatement(db, row) : undefined;
}

/** A slip of the workshop whose period overlaps the given one, if any. */
export function overlappingSlip(db: Db, unitId: number, from: string, to: string): { slipNo: string; from: string; to: string } | undefined {
  return db
    .prepare('SELECT slip_no AS slipNo, period_from AS "from", period_to AS "to" FROM pay_slip WHERE unit_id = ? AND period_from <= ? AND period_to >= ? LIMIT 1')
    .get(unitId, to, from) as { slipNo: string; from: string; to: string } | undefined;
}

/** `SLIP-2026-00001`: the year it was printed and a running number within it. */
export function nextSlipNumber(db: Db, year: string): string {
  const prefix = `SLIP-${year}-`;
  const last = db
    .prepare(`SELECT MAX(CAST(substr(slip_no, ${prefix.length + 1}) AS INTEGER)) FROM pay_slip WHERE slip_no LIKE ? || '%'`)
    .pluck()
    .get(prefix) as number | null;
  return `${prefix}${String((last ?? 0) + 1).padStart(5, '0')}`;
}

export interface NewSlip {
  slipNo: string;
  unitId: number;
  statement: PieceRateStatement;
  /** What the slip settles: these deliveries, advances and corrections are never on another slip. */
  deliveryIds: number[];
  advanceIds: number[];
  correctionIds: number[];
  lineAssignments: (number | null)[];
}

/** Writes a slip with its lines and what it settled; the caller holds the transaction. */
export function insertSlip(db: Db, slip: NewSlip, issuedAt: string, issuedBy: string): number {
  const s = slip.statement;
  const id = Number(
    db
      .prepare(
        `INSERT INTO pay_slip (slip_no, unit_id, period_from, period_to, unit_code, unit_name, owner_name, member_no, gross, advances, material_overuse, net, issued_at, issued_by)
         VALUES (@slipNo, @unitId, @from, @to, @unitCode, @unitName, @ownerName, @memberNo, @gross, @advances, @materialOveruse, @net, @issuedAt, @issuedBy)`,
      )
      .run({
        slipNo: slip.slipNo, unitId: slip.unitId, from: s.from, to: s.to, unitCode: s.unitCode, unitName: s.unitName, ownerName: s.ownerName, memberNo: s.memberNo,
        gross: s.gross, advances: s.advances, materialOveruse: s.materialOveruse, net: s.net, issuedAt, issuedBy,
      }).lastInsertRowid,
  );
  const line = db.prepare(
    `INSERT INTO pay_slip_line (slip_id, line_no, assignment_id, spk_no, order_no, sku, accepted, rejected, rate, amount, is_correction, note)
     VALUES (@slipId, @lineNo, @assignmentId, @spkNo, @orderNo, @sku, @accepted, @rejected, @rate, @amount, @isCorrection, @note)`,
  );
  s.lines.forEach((l, i) => {
    line.run({ ...l, slipId: id, lineNo: i + 1, assignmentId: slip.lineAssignments[i] ?? null, isCorrection: l.isCorrection ? 1 : 0 });
  });
  const settleDelivery = db.prepare('INSERT INTO pay_slip_delivery (delivery_id, slip_id) VALUES (?, ?)');
  for (const deliveryId of slip.deliveryIds) settleDelivery.run(deliveryId, id);
  const settleAdvance = db.prepare('INSERT INTO pay_slip_advance (advance_id, slip_id) VALUES (?, ?)');
  for (const advanceId of slip.advanceIds) settleAdvance.run(advanceId, id);
  const settleCorrection = db.prepare('UPDATE pay_correction SET slip_id = ? WHERE id = ? AND slip_id IS NULL');
  for (const correctionId of slip.correctionIds) settleCorrection.run(id, correctionId);
  return id;
}

export function insertCorrection(db: Db, values: { unitId: number; onDate: string; amountIdr: Rupiah; note: string }, now: string): number {
  return Number(
    db
      .prepare('INSERT INTO pay_correction (unit_id, on_date, amount, note, created_at) VALUES (@unitId, @onDate, @amountIdr, @note, @now)')
      .run({ ...values, now }).lastInsertRowid,
  );
}
