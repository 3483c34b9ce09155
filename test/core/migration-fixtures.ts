/**
 * A small centre as every schema holds it, one entry per row, in foreign-key order. `row` is the
 * row as this release keeps it; a database made at an earlier version gets the columns that
 * version has (tables it does not have are skipped). `before[v]` says how a release older than
 * migration v wrote the row (`written`: the old meaning of a column) and which columns migration v
 * works out from the old data (`derives`: they must come out as in `row`). Any other column a
 * later migration adds comes out as its declared default.
 */
export type Value = string | number | null;
export type Row = Record<string, Value>;

export interface Fixture {
  table: string;
  row: Row;
  before?: Record<number, { written?: Row; derives?: string[] }>;
}

const at = '2026-11-20T08:00:00.000Z';
const stamps = { created_at: at, updated_at: at };
const NIK = '3515064508750001';

export const fixtures: Fixture[] = [
  // 001 registry
  { table: 'centre', row: {
    id: 1, name: 'Sentra Industri Tas dan Koper Tanggulangin', cooperative_name: 'Koperasi INTAKO', regency: 'Sidoarjo', updated_at: at,
    work_hours_per_week: 36, members_first: 0, legal_name: 'KOPERASI INDUSTRI TAS DAN KOPER (INTAKO)', nib: '9120301762548',
    address_en: 'Jl. Raya Kludan No. 68, Tanggulangin, Sidoarjo 61272, East Java, Indonesia', npwp: '0017352846143000', contact_person: 'Hj. Siti Aminah',
    bank_name: 'Bank Rakyat Indonesia', bank_branch: 'KC Sidoarjo', bank_account_no: '0123-01-000456-30-7', bank_account_name: 'KOPERASI INTAKO',
    swift: 'BRINIDJA' } },
  // Two members who shared a NIK before release 0.12: migration 012 marks them, so its unique index can be built.
  { table: 'member', row: { id: 1, member_no: 'INT-0001', name: 'Siti Aminah', nik: NIK, phone: '081234567890', gender: 'P', joined_on: '2010-03-01', ...stamps, nik_shared_before: 1 },
    before: { 12: { derives: ['nik_shared_before'] } } },
  { table: 'member', row: { id: 2, member_no: 'INT-0002', name: 'Siti A.', nik: NIK, gender: 'P', joined_on: '2012-01-01', ...stamps, nik_shared_before: 1 },
    before: { 12: { derives: ['nik_shared_before'] } } },
  { table: 'member', row: { id: 3, member_no: 'INT-0003', name: 'Budi Santoso', nik: '3515060101800003', gender: 'L', joined_on: '2011-05-01', ...stamps, nik_shared_before: 0 },
    before: { 12: { derives: ['nik_shared_before'] } } },
  { table: 'member_status', row: { member_id: 1, valid_from: '2010-03-01', status: 'aktif', recorded_at: at } },
  { table: 'member_status', row: { member_id: 2, valid_from: '2012-01-01', status: 'aktif', recorded_at: at } },
  { table: 'member_status', row: { member_id: 3, valid_from: '2011-05-01', status: 'aktif', recorded_at: at } },
  { table: 'member_status', row: { member_id: 3, valid_from: '2025-07-01', status: 'non-aktif', recorded_at: at } },
  { table: 'business_unit', row: { id: 1, unit_code: 'UA', name: 'UD Aminah Leather', owner_member_id: 1, quality_grade: 'A', ...stamps, offered_capacity: 400 } },
  { table: 'business_unit', row: { id: 2, unit_code: 'UB', name: 'CV Budi Jaya', owner_member_id: 3, quality_grade: 'B', ...stamps } },
  { table: 'unit_category', row: { unit_id: 1, category_code: 'tas' } },
  { table: 'unit_category', row: { unit_id: 2, category_code: 'koper' } },
  { table: 'unit_state', row: { unit_id: 1, valid_from: '2020-01-01', is_active: 1, workers: 8, monthly_capacity: 600, recorded_at: at } },
  { table: 'unit_state', row: { unit_id: 2, valid_from: '2020-01-01', is_active: 1, workers: 5, monthly_capacity: 300, recorded_at: at } },
  { table: 'audit_log', row: { id: 1, at, actor: 'admin', entity: 'member', entity_id: 1, action: 'create', after_json: '{"memberNo":"INT-0001"}' } },
  // Migration 010 prices the SPKs already issued by labour minutes × this rate.
  { table: 'preference', row: { key: 'production.ratePerMinute', value_json: '60' } },
  // 002 supply
  { table: 'supplier', row: { id: 1, name: 'PT Kulit Jaya', city: 'Sidoarjo', ...stamps } },
  { table: 'material', row: { id: 1, material_code: 'KS-01', name: 'Kulit sapi', category: 'kulit', uom: 'sqft', purchase_uom: 'lembar', purchase_factor: 22.5,
    unit_cost: 35_000, supplier_id: 1, lead_time_days: 10, reorder_point: 200, ...stamps } },
  { table: 'material', row: { id: 2, material_code: 'BN-01', name: 'Benang nilon', category: 'benang', uom: 'm', unit_cost: 50, ...stamps } },
  { table: 'product', row: { id: 1, sku: 'TAS-01', name: 'Tas Tangan Kulit', category_code: 'tas', hs_code: '4202.21', labour_minutes: 300, carton_qty: 10,
    carton_length_cm: 60, carton_width_cm: 40, carton_height_cm: 35, carton_gross_kg: 12.5, price: 3500, currency: 'USD', ...stamps,
    carton_net_kg: 11, name_en: 'Cow leather handbag', composition: '100% cow leather' } },
  { table: 'product', row: { id: 2, sku: 'DOM-01', name: 'Dompet Kulit', category_code: 'dompet', hs_code: '4202.31', labour_minutes: 90, carton_qty: 50,
    carton_length_cm: 40, carton_width_cm: 30, carton_height_cm: 30, carton_gross_kg: 6, price: 1200, currency: 'USD', ...stamps, piece_rate: 8000 } },
  { table: 'bom_line', row: { product_id: 1, material_id: 1, qty_per_unit: 6.5, waste_pct: 8 } },
  { table: 'bom_line', row: { product_id: 1, material_id: 2, qty_per_unit: 12 } },
  { table: 'bom_line', row: { product_id: 2, material_id: 1, qty_per_unit: 1.2, waste_pct: 10 } },
  { table: 'stock_movement', row: { id: 1, material_id: 1, moved_on: '2026-01-01', kind: 'opening', delta: 500, created_at: at } },
  { table: 'stock_movement', row: { id: 2, material_id: 1, moved_on: '2026-11-16', kind: 'issue', delta: -65, unit_id: 1, note: 'SPK-2026-00001', created_at: at } },
  { table: 'buyer', row: { id: 1, buyer_code: 'US-BLW', name: 'Bellwether Leather Goods LLC', country: 'US', kind: 'export', currency: 'USD', incoterm: 'FOB', ...stamps,
    address: '1200 Harbor Blvd', city: 'Los Angeles', postcode: '90731', contact: 'Dana Whitfield', email: 'buying@bellwether.example', phone: '+1 310 555 0142',
    notify_party: 'Pacific Customs Brokers, Long Beach', payment_terms: 'T/T 30 days', incoterm_place: 'Tanjung Perak, Surabaya', port_of_discharge: 'Los Angeles' } },
  { table: 'sales_order', row: { id: 1, order_no: 'SO-2026-00001', buyer_id: 1, order_date: '2026-10-01', ship_by: '2027-01-15', currency: 'USD', idr_rate: 15_800,
    status: 'ready', value_idr: 93_220_000, ...stamps, ready_reason: 'Sisa 5 pcs dikirim susulan, disetujui pembeli', buyer_po: 'BLW-PO-7781',
    buyer_po_date: '2026-09-28', payment_terms: 'T/T 30 days' } },
  { table: 'order_line', row: { id: 1, order_id: 1, line_no: 1, product_id: 1, qty: 100, unit_price: 3500 } },
  { table: 'order_line', row: { id: 2, order_id: 1, line_no: 2, product_id: 2, qty: 200, unit_price: 1200 } },
  { table: 'exchange_rate', row: { currency: 'USD', valid_on: '2026-11-13', idr_per_unit: 15_800, source: 'BI' } },
  { table: 'exchange_rate', row: { currency: 'USD', valid_on: '2026-11-20', idr_per_unit: 15_850, source: 'BI' } },
  // 003 planning
  { table: 'calendar_period', row: { id: 1, starts_on: '2027-03-18', ends_on: '2027-03-25', kind: 'lebaran', capacity_pct: 0, name: 'Cuti bersama Idulfitri', ...stamps } },
  // An SPK issued before release 0.10 had no number and no rate of its own: migration 010 gives both.
  { table: 'work_assignment', row: { id: 1, order_line_id: 1, unit_id: 1, qty: 50, start_on: '2026-11-16', due_on: '2026-12-05', is_pinned: 1, piece_rate: 18_000,
    status: 'in-progress', delivered_qty: 20, rejected_qty: 1, ...stamps, spk_no: 'SPK-2026-00001', issued_on: '2026-11-16', rate_basis: 'minutes' },
    before: { 10: { written: { piece_rate: 0 }, derives: ['spk_no', 'issued_on', 'rate_basis'] } } },
  { table: 'work_assignment', row: { id: 2, order_line_id: 2, unit_id: 2, qty: 200, start_on: '2026-12-07', due_on: '2026-12-19', ...stamps } },
  { table: 'assignment_week', row: { assignment_id: 1, week_start: '2026-11-16', qty: 20 } },
  { table: 'assignment_week', row: { assignment_id: 1, week_start: '2026-11-23', qty: 30 } },
  { table: 'assignment_week', row: { assignment_id: 2, week_start: '2026-12-07', qty: 100 } },
  { table: 'assignment_week', row: { assignment_id: 2, week_start: '2026-12-14', qty: 100 } },
  { table: 'delivery', row: { id: 1, assignment_id: 1, delivered_on: '2026-11-21', accepted: 19, rejected: 1, note: 'Jahitan miring', created_at: at } },
  { table: 'plan_run', row: { id: 1, run_at: '2026-11-01T07:00:00.000Z', today: '2026-11-01', actor: 'admin', summary_json: '{"late":0}' } },
  { table: 'purchase_order', row: { id: 1, po_no: 'PO-2026-00001', supplier_id: 1, order_date: '2026-11-02', expected_on: '2026-11-12', status: 'received', ...stamps, plan_run_id: 1 } },
  { table: 'purchase_line', row: { id: 1, po_id: 1, material_id: 1, qty: 400, unit_cost: 35_000, received_qty: 400 } },
  // 004 production
  { table: 'advance', row: { id: 1, unit_id: 1, paid_on: '2026-11-18', amount: 200_000, note: 'Kasbon', created_at: at } },
  // 005 exports
  { table: 'export_history', row: { id: 1, year: 2024, month: 3, country: 'US', category_code: 'tas', hs_code: '4202.21', fob_usd_cents: 1_250_000, ...stamps } },
  // 006 shipments. CIF with freight and insurance: migration 013 keeps its FOB and splits it over the lines to the cent.
  { table: 'shipment', row: { id: 1, shipment_no: 'EXP-2026-0001', buyer_id: 1, status: 'shipped', invoice_date: '2026-11-13', currency: 'USD', incoterm: 'CIF',
    incoterm_place: 'Los Angeles', port_of_loading: 'Tanjung Perak, Surabaya', port_of_discharge: 'Los Angeles', country: 'US', etd: '2026-11-15',
    eta: '2026-12-10', container_type: 'LCL', peb_no: '000123', peb_date: '2026-11-14', bl_no: 'SUBLAX0001', inland_cost: 12_000, freight: 30_000,
    insurance: 1_000, marks: 'BLW / LOS ANGELES', rate_date: '2026-11-14', idr_rate: 15_800, idr_rate_on: '2026-11-13', usd_rate: 15_800,
    usd_rate_on: '2026-11-13', invoice_value: 94_000, fob_value: 63_000, fob_usd_cents: 63_000, fob_idr: 9_954_000, qty: 40, cartons: 4, net_kg: 32,
    gross_kg: 37, volume_m3: 0.268, ...stamps, qc_reason: 'Dicatat dari arsip ekspor' },
    before: { 13: { derives: ['idr_rate_on', 'usd_rate_on'] } } },
  // EXW, written before 0.13 with its FOB taken as the invoice: migration 013 leaves it unknown until the trucking is entered.
  { table: 'shipment', row: { id: 2, shipment_no: 'EXP-2026-0002', buyer_id: 1, status: 'draft', invoice_date: '2026-11-20', currency: 'USD', incoterm: 'EXW',
    incoterm_place: 'Tanggulangin', port_of_loading: 'Tanjung Perak, Surabaya', country: 'US', rate_date: '2026-11-20', idr_rate: 15_850,
    idr_rate_on: '2026-11-20', usd_rate: 15_850, usd_rate_on: '2026-11-20', invoice_value: 12_000, qty: 10, cartons: 1, net_kg: 5, gross_kg: 6,
    volume_m3: 0.036, ...stamps },
    before: { 13: { written: { freight: 0, insurance: 0, fob_value: 12_000, fob_usd_cents: 12_000, fob_idr: 1_902_000 }, derives: ['idr_rate_on', 'usd_rate_on'] } } },
  { table: 'shipment_line', row: { id: 1, shipment_id: 1, line_no: 1, order_line_id: 1, qty: 20, unit_price: 3500, cartons: 2, first_carton: 1, net_kg: 22,
    gross_kg: 25, volume_m3: 0.168, carton_qty: 10, carton_length_cm: 60, carton_width_cm: 40, carton_height_cm: 35, fob_usd_cents: 46_915 },
    before: { 13: { derives: ['fob_usd_cents'] } } },
  { table: 'shipment_line', row: { id: 2, shipment_id: 1, line_no: 2, order_line_id: 2, qty: 20, unit_price: 1200, cartons: 2, first_carton: 3, net_kg: 10,
    gross_kg: 12, volume_m3: 0.1, carton_qty: 10, carton_length_cm: 40, carton_width_cm: 30, carton_height_cm: 30, fob_usd_cents: 16_085 },
    before: { 13: { derives: ['fob_usd_cents'] } } },
  { table: 'shipment_line', row: { id: 3, shipment_id: 2, line_no: 1, order_line_id: 2, qty: 10, unit_price: 1200, cartons: 1, first_carton: 1, net_kg: 5,
    gross_kg: 6, volume_m3: 0.036, carton_qty: 10, carton_length_cm: 40, carton_width_cm: 30, carton_height_cm: 30 },
    before: { 13: { derives: ['fob_usd_cents'] } } },
  // 007 roadmap
  { table: 'roadmap', row: { id: 1, name: 'Peta Jalan Revitalisasi 2025–2029', start_year: 2025, end_year: 2029, baseline_year: 2024, ...stamps } },
  { table: 'roadmap_kpi', row: { id: 1, roadmap_id: 1, position: 0, standard_code: 'export-usd', direction: 'up', measure: 'flow', decimals: 2 } },
  { table: 'roadmap_kpi', row: { id: 2, roadmap_id: 1, position: 1, name: 'Pengunjung', unit: 'orang', direction: 'up', measure: 'flow', decimals: 0 } },
  { table: 'roadmap_target', row: { kpi_id: 1, year: 2026, value: 150_000_000 } },
  { table: 'roadmap_target', row: { kpi_id: 2, year: 2026, value: 12_000 } },
  { table: 'roadmap_actual', row: { kpi_id: 2, year: 2025, value: 9_500, note: 'Buku tamu', months_covered: 10 } },
  { table: 'roadmap_milestone', row: { id: 1, roadmap_id: 1, title: 'Sertifikasi SVLK', due_on: '2026-06-30', status: 'done', ...stamps } },
  // 009 labour time
  { table: 'assignment_reason', row: { assignment_id: 2, reason_json: '{"code":"members-first","unit":"UB"}' } },
  // 010 SPK pay
  { table: 'pay_slip', row: { id: 1, slip_no: 'SLIP-2026-00001', unit_id: 1, period_from: '2026-11-16', period_to: '2026-11-22', unit_code: 'UA',
    unit_name: 'UD Aminah Leather', owner_name: 'Siti Aminah', member_no: 'INT-0001', gross: 342_000, advances: 200_000, material_overuse: 0, net: 142_000,
    issued_at: '2026-11-23T09:00:00.000Z', issued_by: 'bendahara' } },
  { table: 'pay_slip_line', row: { slip_id: 1, line_no: 1, assignment_id: 1, spk_no: 'SPK-2026-00001', order_no: 'SO-2026-00001', sku: 'TAS-01', accepted: 19,
    rejected: 1, rate: 18_000, amount: 342_000 } },
  { table: 'pay_slip_delivery', row: { delivery_id: 1, slip_id: 1 } },
  { table: 'pay_slip_advance', row: { advance_id: 1, slip_id: 1 } },
  { table: 'pay_correction', row: { id: 1, unit_id: 1, on_date: '2026-11-25', amount: 18_000, note: 'Satu tas terhitung reject', created_at: at } },
  // 014 export month source
  { table: 'export_month_source', row: { month: '2024-03', source: 'history', chosen_by: 'ketua', chosen_at: '2026-12-06T01:00:00.000Z' } },
];

/** Tables no fixture writes: the runner's own history, and rows the migrations themselves insert. */
export const filledByMigrations = ['schema_migration', 'product_category', 'plan_revision'];
