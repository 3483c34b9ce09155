import { DEFAULT_WORK_HOURS } from '../../../shared/domain/centre';
import type { CallContext } from '../platform/app';
import { recordAudit, type AuditEntity } from '../platform/db/audit';
import type { Db } from '../platform/db/connection';
import { refreshOrderValues } from '../orders/order-queries';
import { writeAdvances } from './advances';
import { leaveWorkToPlan } from './awaiting-plan';
import { writeBuyers } from './buyers';
import { yearBefore } from './calendar';
import { writeCatalogue } from './catalogue';
import { sizeExportBook } from './export-book';
import { exportTrend, writeExportHistory } from './export-history';
import { demoOrderCount } from './order-timing';
import { writeOrders } from './orders';
import { withOneRevision } from './plan-revision';
import { issueDemoSpks } from './piece-rates';
import { markFinishedOrders, writeProduction, type SpkWorkshop } from './production';
import { addDays, createRandom } from './random';
import { buildRates, writeRates } from './rates';
import { keepExportWorkOpen } from './ready-to-ship';
import { STRESS_SHIPMENT_LINES, writeShipments } from './shipments';
import { writeStock } from './stock';
import type { DemoUnit } from './units';

/** `stress` keeps the centre and catalogue and swaps the order book for 100,000 orders. */
export type DemoScale = 'demo' | 'stress';

export const STRESS_ORDERS = 100_000;

export interface SupplyCounts {
  products: number;
  materials: number;
  buyers: number;
  orders: number;
  orderLines: number;
}

/**
 * A stream of its own per part, derived from the seed, so that the registry's rows stay what
 * they were before supply data existed and the stress scale has the demo's catalogue and stock.
 */
function streamFor(seed: number, part: number) {
  return createRandom(Math.imul((seed ^ Math.imul(part, 0x9e3779b1)) >>> 0, 0x85ebca6b) >>> 0);
}

/** Units that worked all through the stock ledger's year: only they get SPKs and draw material. */
function workshopsOf(db: Db, units: readonly DemoUnit[], unitIds: readonly number[], from: string, today: string): SpkWorkshop[] {
  const workshops: SpkWorkshop[] = [];
  const members = new Set(
    db
      .prepare(
        `SELECT u.id FROM business_unit u JOIN member m ON m.id = u.owner_member_id
         WHERE COALESCE((SELECT ms.status FROM member_status ms WHERE ms.member_id = m.id AND ms.valid_from <= ? ORDER BY ms.valid_from DESC LIMIT 1), 'aktif') = 'aktif'`,
      )
      .pluck()
      .all(today) as number[],
  );
  units.forEach((unit, index) => {
    const before = unit.history.filter((state) => state.validFrom <= from);
    const during = unit.history.filter((state) => state.validFrom > from);
    const atStart = before[before.length - 1];
    if (!atStart?.isActive || !during.every((state) => state.isActive)) return;
    // The least the workshop offered in the year, so that an SPK never counts on capacity gained later:
    // pieces and people's minutes in the offered share, as the plan reads a workshop (planning/scene.ts).
    const offer = [atStart, ...during].map((state) => {
      const pieces = unit.values.offeredCapacity === null ? state.monthlyCapacity : Math.min(unit.values.offeredCapacity, state.monthlyCapacity);
      const share = state.monthlyCapacity > 0 ? pieces / state.monthlyCapacity : 0;
      return { pieces, minutes: state.workers * DEFAULT_WORK_HOURS * 60 * share };
    });
    workshops.push({
      id: unitIds[index], categories: unit.values.categories, grade: unit.values.qualityGrade ?? null,
      weekly: (Math.min(...offer.map((o) => o.pieces)) * 12) / 52, minutes: Math.min(...offer.map((o) => o.minutes)),
      isMember: members.has(unitIds[index]),
    });
  });
  return workshops;
}

/** The month of the first shipment made in the app (`YYYY-MM`): the export history stops before it. */
function firstShipmentMonth(ctx: CallContext): string | undefined {
  const month = ctx.app.db
    .prepare("SELECT MIN(substr(COALESCE(peb_date, etd), 1, 7)) FROM shipment WHERE status IN ('shipped', 'closed')")
    .pluck()
    .get();
  return typeof month === 'string' ? month : undefined;
}

/**
 * Adds the supply chain to a freshly written demo centre, inside the caller's transaction:
 * catalogue and bills of materials, a year of stock ledger, buyers, monthly exchange rates,
 * the order book and the export history since 2018 (since 2010 at stress scale). The audit
 * log gets one line per table rather than one per row.
 */
export function writeDemoSupply(ctx: CallContext, seed: number, scale: DemoScale, units: readonly DemoUnit[], unitIds: readonly number[]): SupplyCounts {
  const { db } = ctx.app;
  const today = ctx.app.today();
  const now = ctx.app.now();
  const catalogue = writeCatalogue(db, now);
  const buyers = writeBuyers(db, now);
  const rates = buildRates(streamFor(seed, 2), today);
  const rateRows = writeRates(db, rates);
  const isStress = scale === 'stress';
  const size = isStress ? { orders: STRESS_ORDERS, lines: 'stress' as const } : { orders: demoOrderCount(today), lines: 'demo' as const };
  const book = writeOrders(db, streamFor(seed, 3), { buyers, productIds: catalogue.productIds, rates, size, today, now });
  // Orders confirmed since the last monthly plan are what the user's first plan run places.
  leaveWorkToPlan(db, today, now);
  const keepOpen = keepExportWorkOpen(db, today, now);
  // One export trend for the years before the app (history) and after (the orders it ships).
  const historyStream = streamFor(seed, 4);
  const trend = exportTrend(historyStream, isStress ? 2010 : 2018, Number(today.slice(0, 4)));
  if (!isStress) sizeExportBook(db, trend, rates, today, now);
  const from = yearBefore(today);
  // The stress book's production is kept to the last quarter: a year would be two million rows more.
  const producedFrom = isStress ? addDays(today, -91) : from;
  const workshops = workshopsOf(db, units, unitIds, from, today);
  const production = withOneRevision(db, () => {
    const written = writeProduction(db, streamFor(seed, 6), { workshops, from: producedFrom, today, now, isStress });
    issueDemoSpks(db);
    return written;
  });
  markFinishedOrders(db, now);
  // Bulk inserts bypass writeOrder, which keeps each order's rupiah worth for sorting by value.
  refreshOrderValues(db);
  const stockRows = writeStock(db, streamFor(seed, 1), catalogue.materialIds, production.spks, { today, now, isWeekly: isStress });
  const shipped = writeShipments(db, streamFor(seed, 5), rates, { today, now, target: isStress ? STRESS_SHIPMENT_LINES : null, keepOpen });
  const exportRows = writeExportHistory(db, historyStream, { today, now, isStress, trend, appFrom: firstShipmentMonth(ctx) });
  const advances = writeAdvances(db, streamFor(seed, 7), today, now);

  const audit = (entity: AuditEntity, name: string, rows: Record<string, number>) =>
    recordAudit(db, { at: now, actor: ctx.app.actor, entity, entityId: null, action: 'create', after: { name: `demo: ${name}`, rows } });
  const products = catalogue.productIds.size;
  const materials = catalogue.materialIds.size;
  audit('product', `${products} products, ${catalogue.bomLines} BOM lines`, { product: products, bom_line: catalogue.bomLines });
  audit('material', `${materials} materials, ${catalogue.suppliers} suppliers`, { material: materials, supplier: catalogue.suppliers });
  audit('stock', `${stockRows} stock movements`, { stock_movement: stockRows });
  audit('buyer', `${buyers.length} buyers`, { buyer: buyers.length });
  audit('rate', `${rateRows} exchange rates`, { exchange_rate: rateRows });
  audit('order', `${book.orders} orders, ${book.orderLines} order lines`, { sales_order: book.orders, order_line: book.orderLines });
  audit('assignment', `${production.assignments} SPKs, ${production.deliveries} deliveries, ${advances} advances`, {
    work_assignment: production.assignments, delivery: production.deliveries, advance: advances,
  });
  audit('shipment', `${shipped.shipments} shipments, ${shipped.shipmentLines} shipment lines, ${shipped.withQcReason} holding goods made before the app with a reason`, {
    shipment: shipped.shipments, shipment_line: shipped.shipmentLines,
  });
  audit('export', `${exportRows} months of export history by country, category and HS code`, { export_history: exportRows });
  return { products, materials, buyers: buyers.length, ...book };
}
