import type { CallContext } from '../app';
import { recordAudit, type AuditEntity } from '../db/audit';
import { writeBuyers } from './buyers';
import { yearBefore } from './calendar';
import { writeCatalogue } from './catalogue';
import { writeExportHistory } from './export-history';
import { demoOrderCount } from './order-timing';
import { writeOrders } from './orders';
import { refreshOrderValues } from '../db/orders';
import { createRandom } from './random';
import { buildRates, writeRates } from './rates';
import { STRESS_SHIPMENT_LINES, writeShipments } from './shipments';
import { writeStock, type Workshop } from './stock';
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

/** Units that worked all through the stock ledger's year: only they draw material. */
function workshopsOf(units: readonly DemoUnit[], unitIds: readonly number[], from: string): Workshop[] {
  const workshops: Workshop[] = [];
  units.forEach((unit, index) => {
    const before = unit.history.filter((state) => state.validFrom <= from);
    const during = unit.history.filter((state) => state.validFrom > from);
    const atStart = before[before.length - 1];
    if (atStart?.isActive && during.every((state) => state.isActive)) workshops.push({ id: unitIds[index], categories: unit.values.categories });
  });
  return workshops;
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
  const stockRows = writeStock(db, streamFor(seed, 1), catalogue.materialIds, workshopsOf(units, unitIds, yearBefore(today)), today, now);
  const buyers = writeBuyers(db, now);
  const rates = buildRates(streamFor(seed, 2), today);
  const rateRows = writeRates(db, rates);
  const size = scale === 'stress' ? { orders: STRESS_ORDERS, lines: 'stress' as const } : { orders: demoOrderCount(today), lines: 'demo' as const };
  const book = writeOrders(db, streamFor(seed, 3), { buyers, productIds: catalogue.productIds, rates, size, today, now });
  // Bulk inserts bypass writeOrder, which keeps each order's rupiah worth for sorting by value.
  refreshOrderValues(db);
  const shipped = writeShipments(db, streamFor(seed, 5), rates, { today, now, target: scale === 'stress' ? STRESS_SHIPMENT_LINES : null });
  const exportRows = writeExportHistory(db, streamFor(seed, 4), { today, now, isStress: scale === 'stress' });

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
  audit('shipment', `${shipped.shipments} shipments, ${shipped.shipmentLines} shipment lines`, { shipment: shipped.shipments, shipment_line: shipped.shipmentLines });
  audit('export', `${exportRows} months of export history by country, category and HS code`, { export_history: exportRows });
  return { products, materials, buyers: buyers.length, ...book };
}
