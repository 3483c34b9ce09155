import type { Db } from '../platform/db/connection';
import { addDays, dayNumber, isoDay, mondayOf } from './calendar';
import type { BomItem, KeptAssignment, LineInfo, MaterialInfo, OpenPurchase, PlanInput, PlanSettings, ProductInfo, UnitInfo } from './types';

/**
 * Reads everything a plan needs in a handful of indexed queries, never one per line: open
 * orders come through `sales_order (status, ship_by)`, their assignments through
 * `work_assignment (order_line_id)`, the plan's weeks through `assignment_week (week_start)`.
 */

/** Work that holds capacity or covers its line: pinned, issued, in progress, done, or partly delivered. */
const KEPT = `a.status <> 'cancelled' AND (a.is_pinned = 1 OR a.status <> 'planned' OR a.delivered_qty > 0)`;
const OPEN_ORDER = `o.status IN ('confirmed', 'in-production')`;

interface UnitRow extends Omit<UnitInfo, 'isMember' | 'isActive' | 'categories' | 'rejectRate' | 'grade'> {
  grade: string | null;
  isActive: number;
  categories: string | null;
}

/** Workshops with their state today; `memberNo` only where the owner is an active (aktif) member today. */
function loadUnits(db: Db, today: string, settings: PlanSettings): UnitInfo[] {
  const rows = db
    .prepare(
      `SELECT u.id, u.unit_code AS unitCode, u.name, u.quality_grade AS grade,
              CASE WHEN m.id IS NOT NULL AND m.removed_at IS NULL AND COALESCE((SELECT ms.status FROM member_status ms
                 WHERE ms.member_id = m.id AND ms.valid_from <= @today ORDER BY ms.valid_from DESC LIMIT 1), 'aktif') = 'aktif'
                THEN m.member_no END AS memberNo,
              (u.removed_at IS NULL AND COALESCE(s.is_active, 0) = 1) AS isActive,
              COALESCE(s.monthly_capacity, 0) AS monthlyCapacity, u.offered_capacity AS offeredCapacity,
              COALESCE(s.workers, 0) AS workers,
              (SELECT group_concat(uc.category_code) FROM unit_category uc WHERE uc.unit_id = u.id) AS categories
       FROM business_unit u
       LEFT JOIN member m ON m.id = u.owner_member_id
       LEFT JOIN unit_state s ON s.unit_id = u.id
        AND s.valid_from = (SELECT MAX(valid_from) FROM unit_state WHERE unit_id = u.id AND valid_from <= @today)
       ORDER BY u.unit_code`,
    )
    .all({ today }) as UnitRow[];
  const rejects = new Map(
    (
      db
        .prepare(
          `SELECT unit_id AS unitId, SUM(delivered_qty) AS delivered, SUM(rejected_qty) AS rejected FROM work_assignment
           WHERE status IN ('in-progress', 'done') AND due_on >= ? GROUP BY unit_id`,
        )
        .all(addDays(today, -settings.rejectLookbackDays)) as { unitId: number; delivered: number; rejected: number }[]
    ).map((r) => [r.unitId, r.delivered > 0 ? r.rejected / r.delivered : 0]),
  );
  return rows.map((row) => ({
    ...row,
    grade: row.grade === 'A' || row.grade === 'B' || row.grade === 'C' ? row.grade : null,
    isMember: row.memberNo !== null,
    isActive: row.isActive === 1,
    categories: row.categories ? row.categories.split(',') : [],
    rejectRate: rejects.get(row.id) ?? 0,
  }));
}

interface KeptRow extends Omit<KeptAssignment, 'isPinned' | 'countedQty' | 'weeks'> {
  isPinned: number;
  deliveredQty: number;
  rejectedQty: number;
}

/** Kept assignments of open orders, with the weeks from this one on that they still occupy. */
function loadKept(db: Db, today: string): KeptAssignment[] {
  const rows = db
    .prepare(
      `SELECT a.id, a.order_line_id AS orderLineId, a.unit_id AS unitId, a.qty, a.start_on AS start, a.due_on AS "end",
              a.is_pinned AS isPinned, a.status, a.delivered_qty AS deliveredQty, a.rejected_qty AS rejectedQty,
              p.labour_minutes AS labourMinutes
       FROM sales_order o CROSS JOIN order_line ol ON ol.order_id = o.id CROSS JOIN work_assignment a ON a.order_line_id = ol.id
       JOIN product p ON p.id = ol.product_id
       WHERE ${OPEN_ORDER} AND ${KEPT}`,
    )
    .all() as KeptRow[];
  const weeks = new Map<number, { weekStart: string; qty: number }[]>();
  // Only the kept assignments' weeks: the plan's own ones are about to be replaced.
  const weekRows = db
    .prepare(
      `SELECT aw.assignment_id AS id, aw.week_start AS weekStart, aw.qty
       FROM work_assignment a JOIN assignment_week aw ON aw.assignment_id = a.id
       WHERE ${KEPT} AND aw.week_start >= ? ORDER BY aw.week_start`,
    )
    .all(isoDay(mondayOf(dayNumber(today)))) as { id: number; weekStart: string; qty: number }[];
  for (const row of weekRows) {
    const list = weeks.get(row.id) ?? [];
    list.push({ weekStart: row.weekStart, qty: row.qty });
    weeks.set(row.id, list);
  }
  return rows.map((row) => ({
    id: row.id,
    orderLineId: row.orderLineId,
    unitId: row.unitId,
    qty: row.qty,
    // A finished SPK covers its accepted pieces; its rejects must be made again.
    countedQty: row.status === 'done' && row.deliveredQty > 0 ? row.deliveredQty - row.rejectedQty : row.qty,
    start: row.start,
    end: row.end,
    isPinned: row.isPinned === 1,
    status: row.status,
    weeks: row.status === 'done' ? [] : (weeks.get(row.id) ?? []),
    labourMinutes: row.labourMinutes,
  }));
}

/** Workshops, their calendar and the work they already hold: enough to place work by hand or draw the load. */
export function loadCapacityInput(db: Db, today: string, settings: PlanSettings): Pick<PlanInput, 'today' | 'units' | 'kept' | 'calendar'> {
  const calendar = db
    .prepare('SELECT starts_on AS startsOn, ends_on AS endsOn, capacity_pct AS capacityPct FROM calendar_period WHERE ends_on >= ? AND starts_on <= ?')
    .all(isoDay(mondayOf(dayNumber(today))), addDays(today, settings.horizonWeeks * 7)) as PlanInput['calendar'];
  return { today, units: loadUnits(db, today, settings), kept: loadKept(db, today), calendar };
}

/** Everything a plan reads. Open lines are those of confirmed or in-production orders not long overdue. */
export function loadPlanInput(db: Db, today: string, settings: PlanSettings): PlanInput {
  const products = db
    .prepare('SELECT id, sku, category_code AS categoryCode, labour_minutes AS labourMinutes FROM product ORDER BY removed_at IS NULL, id')
    .all() as ProductInfo[];
  const lines = db
    .prepare(
      `SELECT ol.id AS orderLineId, o.order_no AS orderNo, ol.line_no AS lineNo, ol.product_id AS productId, ol.qty,
              o.ship_by AS shipBy, b.kind = 'export' AS isExport
       FROM sales_order o CROSS JOIN order_line ol ON ol.order_id = o.id JOIN buyer b ON b.id = o.buyer_id
       WHERE ${OPEN_ORDER} AND o.ship_by >= ?`,
    )
    .all(addDays(today, -settings.lookbackDays)) as (Omit<LineInfo, 'isExport'> & { isExport: number })[];
  const bom = new Map<number, BomItem[]>();
  const bomRows = db
    .prepare('SELECT product_id AS productId, material_id AS materialId, qty_per_unit AS qtyPerUnit, waste_pct AS wastePct FROM bom_line')
    .all() as (BomItem & { productId: number })[];
  for (const { productId, ...item } of bomRows) bom.set(productId, [...(bom.get(productId) ?? []), item]);
  const materials = db
    .prepare(
      `SELECT m.id, m.material_code AS code, m.uom, m.purchase_uom AS purchaseUom, m.purchase_factor AS purchaseFactor,
              m.lead_time_days AS leadTimeDays, m.min_order_qty AS minOrderQty, m.safety_stock AS safetyStock,
              m.unit_cost AS unitCost, s.name AS supplierName,
              COALESCE((SELECT SUM(sm.delta) FROM stock_movement sm WHERE sm.material_id = m.id AND sm.moved_on <= @today), 0) AS onHand
       FROM material m LEFT JOIN supplier s ON s.id = m.supplier_id WHERE m.removed_at IS NULL ORDER BY m.material_code`,
    )
    .all({ today }) as MaterialInfo[];
  const openPurchases = db
    .prepare(
      `SELECT pl.material_id AS materialId, po.expected_on AS expectedOn, pl.qty - pl.received_qty AS qty
       FROM purchase_order po JOIN purchase_line pl ON pl.po_id = po.id
       WHERE po.status IN ('draft', 'ordered') AND pl.qty > pl.received_qty`,
    )
    .all() as OpenPurchase[];
  return {
    ...loadCapacityInput(db, today, settings),
    products,
    lines: lines.map((l) => ({ ...l, isExport: l.isExport === 1 })),
    bom,
    materials,
    openPurchases,
  };
}

/**
 * Pieces and labour minutes per workshop and week of the work still to be made, for the heat map:
 * not cancelled, and not done either — a finished SPK's weeks hold nothing any more (the plan
 * counts them so too), even when it was handed in before the weeks it was planned in.
 */
export function loadWeeks(db: Db, from: string, to: string): { unitId: number; weekStart: string; qty: number; minutes: number }[] {
  return db
    .prepare(
      `SELECT a.unit_id AS unitId, aw.week_start AS weekStart, SUM(aw.qty) AS qty, SUM(aw.qty * p.labour_minutes) AS minutes
       FROM assignment_week aw JOIN work_assignment a ON a.id = aw.assignment_id
       JOIN order_line ol ON ol.id = a.order_line_id JOIN product p ON p.id = ol.product_id
       WHERE aw.week_start >= ? AND aw.week_start < ? AND a.status NOT IN ('cancelled', 'done')
       GROUP BY a.unit_id, aw.week_start`,
    )
    .all(from, to) as { unitId: number; weekStart: string; qty: number; minutes: number }[];
}
