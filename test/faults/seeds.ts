import type { Db } from '../../main/core/platform/db/connection';

/**
 * Values a field of a real call would carry, read from the demonstration centre: existing codes
 * and ids, so that a fuzzed call gets past "not found" and its hostile field reaches the service.
 */
export type Seeds = Map<string, unknown[]>;

/** Which table an `id` belongs to, by the call's area (`members:get` → member). */
const ID_TABLES: Record<string, string> = {
  members: 'member',
  units: 'business_unit',
  products: 'product',
  materials: 'material',
  buyers: 'buyer',
  orders: 'sales_order',
  purchases: 'purchase_order',
  shipments: 'shipment',
  exports: 'export_history',
  calendar: 'calendar_period',
  roadmap: 'roadmap_milestone',
  assignments: 'work_assignment',
  audit: 'member',
};

const CODE_QUERIES: Record<string, string> = {
  memberNo: 'SELECT member_no FROM member WHERE removed_at IS NULL ORDER BY id LIMIT 3',
  ownerMemberNo: 'SELECT member_no FROM member WHERE removed_at IS NULL ORDER BY id LIMIT 3',
  unitCode: 'SELECT unit_code FROM business_unit WHERE removed_at IS NULL ORDER BY id LIMIT 3',
  sku: 'SELECT sku FROM product WHERE removed_at IS NULL ORDER BY id LIMIT 3',
  materialCode: 'SELECT material_code FROM material WHERE removed_at IS NULL ORDER BY id LIMIT 3',
  buyerCode: 'SELECT buyer_code FROM buyer WHERE removed_at IS NULL ORDER BY id LIMIT 3',
  orderNo: "SELECT order_no FROM sales_order ORDER BY status = 'confirmed' DESC, id LIMIT 3",
  shipmentNo: 'SELECT shipment_no FROM shipment ORDER BY id LIMIT 3',
  poNo: 'SELECT po_no FROM purchase_order ORDER BY id LIMIT 3',
  category: 'SELECT code FROM product_category ORDER BY sort_order LIMIT 3',
  supplier: 'SELECT name FROM supplier ORDER BY id LIMIT 3',
  assignmentId: "SELECT id FROM work_assignment ORDER BY status = 'planned' DESC, id LIMIT 3",
  orderLineId: 'SELECT id FROM order_line ORDER BY id DESC LIMIT 3',
  shipmentId: 'SELECT id FROM shipment ORDER BY id LIMIT 3',
  kpiId: 'SELECT id FROM roadmap_kpi ORDER BY id LIMIT 3',
};

/** Formats the contract's text fields take, by field name. */
const FORMATS: Record<string, unknown[]> = {
  country: ['US', 'JP', 'ID'],
  hsCode: ['4202.21', '420221'],
  nik: ['3515014507850001'],
  phone: ['081234567890'],
  nib: ['1234567890123'],
  kbli: ['15121'],
  currency: ['USD', 'IDR'],
  key: ['ui.language', 'production.ratePerMinute', 'grid.members'],
  value: ['en', 350],
  fileName: ['anggota.xlsx'],
  email: ['koperasi@example.id'],
  postalCode: ['61272'],
  year: [2026, 2025],
  month: [11, 1],
  startYear: [2019],
  endYear: [2026],
  baselineYear: [2019],
  fromYear: [2019],
  toYear: [2026],
  entityId: [1],
  weeks: [8],
};

export const DATE_LIKE = /(^|[a-z])(date|Date|On|on|From|from|To|to|today|asOf|etd|eta|shipBy|start|due)$/;
export const GENERIC_TEXT = ['Uji coba', 'US', 'tas', '4202.21', 'A', '1', '2026-11-20', '2026-11'];

export function readSeeds(db: Db, call: string, extra: Record<string, unknown[]>): Seeds {
  const seeds: Seeds = new Map();
  for (const [field, values] of Object.entries(FORMATS)) seeds.set(field, values);
  for (const [field, sql] of Object.entries(CODE_QUERIES)) {
    const rows = db.prepare(sql).pluck().all();
    if (rows.length > 0) seeds.set(field, rows);
  }
  const table = ID_TABLES[call.split(':')[0]];
  if (table) seeds.set('id', db.prepare(`SELECT id FROM ${table} ORDER BY id LIMIT 3`).pluck().all());
  for (const [field, values] of Object.entries(extra)) seeds.set(field, values);
  return seeds;
}

/** The entity's own code in a `…:save`: fresh for each call, so a create is not a duplicate. */
export const PRIMARY_CODES: Record<string, string> = {
  'members:save': 'memberNo',
  'units:save': 'unitCode',
  'products:save': 'sku',
  'materials:save': 'materialCode',
  'buyers:save': 'buyerCode',
  'orders:save': 'orderNo',
  'purchases:save': 'poNo',
  'shipments:save': 'shipmentNo',
};
