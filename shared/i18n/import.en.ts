import type { importId } from './import.id';
import type { Widen } from './widen';

export const importEn: Widen<typeof importId> = {
  sheet: {
    members: 'Members', units: 'Business Units', products: 'Products', bom: 'BOM', materials: 'Materials', buyers: 'Buyers', orders: 'Orders',
    stock: 'Stock Movements', exports: 'Export History', shipments: 'Shipments',
    rates: 'Rates',
  },
  title: {
    members: 'Cooperative Member List', units: 'Business Unit List', products: 'Product List', bom: 'Bills of Materials',
    materials: 'Raw Material List', buyers: 'Buyer List', orders: 'Order List', stock: 'Material Stock Ledger',
    exports: 'Export History by Month, Country, Category and HS Code',
    shipments: 'Export Shipments by Item',
    rates: 'Daily Rupiah Rates per 1 Unit of Foreign Currency',
  },
  templateTitle: {
    members: 'Cooperative Member Import Template', units: 'Business Unit Import Template', products: 'Product Import Template',
    bom: 'Bill of Materials Import Template', materials: 'Raw Material Import Template', buyers: 'Buyer Import Template',
    orders: 'Order Import Template', stock: 'Opening Stock / Stock Movement Import Template',
    exports: 'Export History Import Template',
    shipments: 'Export Shipment Import Template',
    rates: 'Daily Exchange Rate Import Template',
  },
  asOf: 'As of {{date}}',
  rowNumber: 'No.',
  ownerName: 'Owner',
  total: 'Total',
  printed: 'Printed {{date}}',
  page: 'Page &P / &N',
  instruction: {
    members:
      'How to fill: one member per row, from row {{row}}. Required: {{required}}. Type the KTP NIK (16 digits) and mobile number as text; dates dd/mm/yyyy; status: {{statuses}}.',
    units:
      'How to fill: one business unit per row, from row {{row}}. Required: {{required}}. The owner member number may be blank. Products separated by commas: {{categories}}. Active: yes/no.',
    products:
      'How to fill: one product per row, from row {{row}}. Required: {{required}}. Category: {{categories}}. HS code of 6 or 8 digits (4202.22 or 4202.22.10); prices in currency units (Rp 50,000, USD 12.50); piece rate in rupiah per piece, blank to price it from the labour minutes.',
    bom:
      'How to fill: one material per row, from row {{row}}; a product may take several rows. Required: {{required}}. Quantity per piece before waste, in the material’s unit; waste in percent, below 100. $t(ui.bom.wasteRule)',
    materials:
      'How to fill: one material per row, from row {{row}}. Required: {{required}}. Category: {{categories}}. Cost per unit of use; units: pcs, sqft, m, kg, roll, etc.',
    buyers:
      'How to fill: one buyer per row, from row {{row}}. Required: {{required}}. Country: ISO code or name (JP, Japan); kind: {{kinds}}.',
    orders:
      'How to fill: one row per product ordered, from row {{row}}; rows with the same order number make one order. Required: {{required}}. Dates dd/mm/yyyy; prices in currency units; status: {{statuses}}.',
    stock:
      'How to fill: one movement per row, from row {{row}}. Required: {{required}}. A blank kind means opening balance; kinds: {{kinds}}. Adjustments need a note; issues and returns need the unit code.',
    exports:
      'How to fill: one row per month, destination country, category and HS code, from row {{row}}. Required: {{required}}. Month 1–12 or its name; country: ISO code or name (US, Japan); category: {{categories}}; HS code of 4–10 digits; FOB value in USD (12,500.50). Repeated rows are refused, not added up.',
  },
  invalid: {
    recordHasErrors: 'not saved because {{value}} also has rows with problems ({{rows}})',
    duplicateLine: 'material {{value}} is already in row {{row}} of this file',
    bomLineStored: 'material {{value}} is already in this product’s BOM',
    orderDiffers: 'differs from row {{row}} of order {{order}} ({{value}})',
  },
  words: {
    movement: { opening: 'opening', receipt: 'receipt', issue: 'issue', return: 'return', adjustment: 'adjustment' },
    orderStatus: {
      draft: 'draft', confirmed: 'confirmed', 'in-production': 'in production', ready: 'ready', shipped: 'shipped', closed: 'closed',
      cancelled: 'cancelled',
    },
    buyerKind: { export: 'export', domestic: 'domestic', marketplace: 'marketplace', government: 'government' },
    materialCategory: {
      kulit: 'leather', 'kulit-sintetis': 'synthetic leather', lining: 'lining', busa: 'foam', resleting: 'zipper', aksesoris: 'hardware',
      benang: 'thread', lem: 'adhesive', label: 'label', kemasan: 'packaging', lainnya: 'other',
    },
    outerMaterial: { kulit: 'leather', sintetis: 'synthetic', tekstil: 'textile', plastik: 'plastic', lainnya: 'other' },
  },
  columns: {
    products: {
      sku: 'SKU', name: 'Product Name', category: 'Category', hs_code: 'HS Code', outer_material: 'Outer Material', uom: 'Unit',
      labour_minutes: 'Labour (min/pc)', carton_qty: 'Pieces per Carton', carton_length_cm: 'Carton Length (cm)',
      carton_width_cm: 'Carton Width (cm)', carton_height_cm: 'Carton Height (cm)', carton_gross_kg: 'Carton Gross Weight (kg)',
      price: 'Price', currency: 'Currency', piece_rate: 'Piece Rate (Rp/pc)', name_en: 'Name (English)', composition: 'Composition',
    },
    bom: {
      sku: 'SKU', product_name: 'Product Name', material_code: 'Material Code', material_name: 'Material Name',
      qty_per_unit: 'Qty per Piece', uom: 'Unit', waste_pct: 'Waste (%)',
    },
    materials: {
      material_code: 'Material Code', name: 'Material Name', category: 'Category', uom: 'Unit', purchase_uom: 'Purchase Unit',
      purchase_factor: 'Units per Purchase Unit', unit_cost: 'Unit Cost', currency: 'Currency', supplier: 'Supplier',
      lead_time_days: 'Lead Time (days)', min_order_qty: 'Minimum Order', reorder_point: 'Reorder Point', safety_stock: 'Safety Stock',
    },
    buyers: {
      buyer_code: 'Buyer Code', name: 'Buyer Name', country: 'Country', kind: 'Buyer Kind', currency: 'Currency', incoterm: 'Incoterm',
      address: 'Address', city: 'City', postcode: 'Postcode', contact: 'Contact Person', email: 'E-mail', phone: 'Phone',
      notify_party: 'Notify Party', payment_terms: 'Payment Terms', incoterm_place: 'Incoterm Place', port_of_discharge: 'Port of Discharge',
    },
    orders: {
      order_no: 'Order No.', buyer_code: 'Buyer Code', buyer_name: 'Buyer Name', order_date: 'Order Date', ship_by: 'Ship By',
      currency: 'Currency', idr_rate: 'Rate (IDR)', status: 'Order Status', note: 'Note', sku: 'SKU', product_name: 'Product Name',
      qty: 'Quantity', unit_price: 'Unit Price', line_value: 'Value',
      buyer_po: "Buyer's PO No.", buyer_po_date: "Buyer's PO Date", payment_terms: 'Payment Terms',
    },
    stock: {
      material_code: 'Material Code', material_name: 'Material Name', kind: 'Movement', date: 'Date', qty: 'Quantity', uom: 'Unit',
      unit_code: 'Unit Code', note: 'Note',
    },
  },
};
