import type { Db } from '../../main/core/platform/db/connection';
import { ratePerMinute } from '../../main/core/platform/db/centre';
import { buildCalendar, dayNumber, isoDay, mondayOf, weekShare } from '../../main/core/planning/calendar';
import { fromMinor, type Currency } from '../../shared/money';

/**
 * The demonstration centre's story read back from its database, as a manager or an auditor would
 * check it: each product's cost sheet, the SPK weeks against what each workshop offers (the plan's
 * weekly rule: planning/scene.ts weeklyOffer, planning/capacity.ts), how much of the offered
 * capacity each month used, and materials issued against the value produced.
 */

export interface CostSheet {
  sku: string;
  /** BOM at today's cost, waste included the plan's way: quantity ÷ (1 − waste). */
  materialIdr: number;
  /** The list price in rupiah, at the rate of the latest order in the product's currency. */
  priceIdr: number;
  pieceRateIdr: number;
}

export function costSheets(db: Db): CostSheet[] {
  const products = db
    .prepare(
      `SELECT p.sku, p.price, p.currency, p.piece_rate AS pieceRate, p.labour_minutes AS minutes,
              (SELECT SUM(b.qty_per_unit * m.unit_cost / (1 - b.waste_pct / 100.0)) FROM bom_line b JOIN material m ON m.id = b.material_id
               WHERE b.product_id = p.id) AS materialIdr,
              (SELECT o.idr_rate FROM sales_order o WHERE o.currency = p.currency AND o.idr_rate IS NOT NULL ORDER BY o.order_date DESC, o.id DESC LIMIT 1) AS rate
       FROM product p ORDER BY p.sku`,
    )
    .all() as { sku: string; price: number; currency: Currency; pieceRate: number | null; minutes: number; materialIdr: number; rate: number | null }[];
  const perMinute = ratePerMinute(db);
  return products.map((p) => ({
    sku: p.sku,
    materialIdr: p.materialIdr,
    priceIdr: fromMinor(p.price, p.currency) * (p.currency === 'IDR' ? 1 : (p.rate ?? Number.NaN)),
    pieceRateIdr: p.pieceRate ?? Math.round(p.minutes * perMinute),
  }));
}

interface StateRow {
  unitId: number;
  validFrom: string;
  isActive: number;
  workers: number;
  monthly: number;
  offered: number | null;
}

/** Each workshop's states, oldest first. */
function statesOf(db: Db): Map<number, StateRow[]> {
  const rows = db
    .prepare(
      `SELECT s.unit_id AS unitId, s.valid_from AS validFrom, s.is_active AS isActive, s.workers, s.monthly_capacity AS monthly, u.offered_capacity AS offered
       FROM unit_state s JOIN business_unit u ON u.id = s.unit_id WHERE u.removed_at IS NULL ORDER BY s.unit_id, s.valid_from`,
    )
    .all() as StateRow[];
  const states = new Map<number, StateRow[]>();
  for (const row of rows) states.set(row.unitId, [...(states.get(row.unitId) ?? []), row]);
  return states;
}

function stateOn(states: StateRow[] | undefined, day: string): StateRow | undefined {
  let found: StateRow | undefined;
  for (const state of states ?? []) if (state.validFrom <= day) found = state;
  return found;
}

/** Pieces a month and labour minutes a week a state offers the cooperative (planning/scene.ts weeklyOffer). */
function offerOf(state: StateRow | undefined, hours: number): { monthly: number; minutes: number } {
  if (!state || state.isActive !== 1) return { monthly: 0, minutes: 0 };
  const monthly = state.offered === null ? state.monthly : Math.min(state.offered, state.monthly);
  return { monthly, minutes: state.monthly > 0 ? state.workers * hours * 60 * (monthly / state.monthly) : 0 };
}

function calendarFrom(db: Db, firstMonday: number, weeks: number) {
  const periods = db
    .prepare('SELECT starts_on AS startsOn, ends_on AS endsOn, capacity_pct AS capacityPct FROM calendar_period WHERE ends_on >= ? AND starts_on <= ?')
    .all(isoDay(firstMonday), isoDay(firstMonday + weeks * 7)) as { startsOn: string; endsOn: string; capacityPct: number }[];
  return buildCalendar(periods, isoDay(firstMonday), weeks);
}

export interface WeekLoad {
  unitId: number;
  week: string;
  pieces: number;
  capacity: number;
  minutes: number;
  capacityMinutes: number;
}

/** Every workshop week before this one that holds issued SPKs, with what the workshop offered that week. */
export function pastSpkWeeks(db: Db, today: string): WeekLoad[] {
  const hours = (db.prepare('SELECT work_hours_per_week FROM centre').pluck().get() as number | undefined) ?? 40;
  const loads = db
    .prepare(
      `SELECT a.unit_id AS unitId, w.week_start AS week, SUM(w.qty) AS pieces, SUM(w.qty * p.labour_minutes) AS minutes
       FROM assignment_week w JOIN work_assignment a ON a.id = w.assignment_id
       JOIN order_line l ON l.id = a.order_line_id JOIN product p ON p.id = l.product_id
       WHERE a.status NOT IN ('planned', 'cancelled') AND w.week_start < ?
       GROUP BY a.unit_id, w.week_start ORDER BY w.week_start`,
    )
    .all(isoDay(mondayOf(dayNumber(today)))) as { unitId: number; week: string; pieces: number; minutes: number }[];
  if (loads.length === 0) return [];
  const first = dayNumber(loads[0].week);
  const calendar = calendarFrom(db, first, Math.ceil((dayNumber(today) - first) / 7) + 1);
  const states = statesOf(db);
  return loads.map((load) => {
    const offer = offerOf(stateOn(states.get(load.unitId), load.week), hours);
    const share = weekShare(calendar, (dayNumber(load.week) - first) / 7);
    return { ...load, capacity: Math.floor(((offer.monthly * 12) / 52) * share + 1e-9), capacityMinutes: offer.minutes * share };
  });
}

/** SPK pieces of each month (a week counts in its Monday's month) over the pieces every workshop offered, in %. */
export function utilisationByMonth(db: Db, months: readonly string[]): Map<string, number> {
  const first = mondayOf(dayNumber(`${months[0]}-01`)) + 7;
  const weeks = Math.ceil((dayNumber(`${months[months.length - 1]}-28`) - first) / 7) + 2;
  const calendar = calendarFrom(db, first, weeks);
  const states = statesOf(db);
  const assigned = new Map(
    (
      db
        .prepare(
          `SELECT substr(w.week_start, 1, 7) AS month, SUM(w.qty) AS pieces FROM assignment_week w JOIN work_assignment a ON a.id = w.assignment_id
           WHERE a.status <> 'cancelled' GROUP BY month`,
        )
        .all() as { month: string; pieces: number }[]
    ).map((row) => [row.month, row.pieces]),
  );
  const result = new Map<string, number>();
  for (const month of months) {
    let capacity = 0;
    for (let w = 0; w < weeks; w++) {
      const monday = isoDay(first + w * 7);
      if (monday.slice(0, 7) !== month) continue;
      const share = weekShare(calendar, w);
      for (const unitStates of states.values()) capacity += Math.floor(((offerOf(stateOn(unitStates, monday), 40).monthly * 12) / 52) * share + 1e-9);
    }
    result.set(month, capacity > 0 ? (100 * (assigned.get(month) ?? 0)) / capacity : 0);
  }
  return result;
}

/** Rupiah of material issued to workshops (less what came back) and of goods accepted, between two days. */
export function materialsAgainstProduction(db: Db, from: string, to: string): { issuedIdr: number; producedIdr: number } {
  const issuedIdr = db
    .prepare(
      `SELECT COALESCE(SUM(-s.delta * m.unit_cost), 0) FROM stock_movement s JOIN material m ON m.id = s.material_id
       WHERE s.kind IN ('issue', 'return') AND s.moved_on BETWEEN ? AND ?`,
    )
    .pluck()
    .get(from, to) as number;
  const rows = db
    .prepare(
      `SELECT o.currency, o.idr_rate AS rate, SUM(d.accepted * l.unit_price) AS worth
       FROM delivery d JOIN work_assignment a ON a.id = d.assignment_id JOIN order_line l ON l.id = a.order_line_id JOIN sales_order o ON o.id = l.order_id
       WHERE d.delivered_on BETWEEN ? AND ? GROUP BY o.currency, o.idr_rate`,
    )
    .all(from, to) as { currency: Currency; rate: number | null; worth: number }[];
  const producedIdr = rows.reduce((sum, row) => sum + fromMinor(row.worth, row.currency) * (row.currency === 'IDR' ? 1 : (row.rate ?? 0)), 0);
  return { issuedIdr, producedIdr };
}
