/** Release 0.2: catalogue and bills of materials, materials and the stock ledger, buyers, orders, rates. */
export const sql = `
CREATE TABLE supplier (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  city TEXT,
  phone TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX supplier_name ON supplier (name COLLATE NOCASE);

CREATE TABLE material (
  id INTEGER PRIMARY KEY,
  material_code TEXT NOT NULL,
  name TEXT NOT NULL,
  category TEXT NOT NULL,
  uom TEXT NOT NULL,
  purchase_uom TEXT,
  purchase_factor REAL NOT NULL DEFAULT 1 CHECK (purchase_factor > 0),
  unit_cost INTEGER NOT NULL DEFAULT 0 CHECK (unit_cost >= 0),
  currency TEXT NOT NULL DEFAULT 'IDR',
  supplier_id INTEGER REFERENCES supplier (id),
  lead_time_days INTEGER NOT NULL DEFAULT 7 CHECK (lead_time_days >= 0),
  min_order_qty REAL NOT NULL DEFAULT 0 CHECK (min_order_qty >= 0),
  reorder_point REAL NOT NULL DEFAULT 0 CHECK (reorder_point >= 0),
  safety_stock REAL NOT NULL DEFAULT 0 CHECK (safety_stock >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  removed_at TEXT
) STRICT;
CREATE UNIQUE INDEX material_code_in_use ON material (material_code COLLATE NOCASE) WHERE removed_at IS NULL;

CREATE TABLE product (
  id INTEGER PRIMARY KEY,
  sku TEXT NOT NULL,
  name TEXT NOT NULL,
  category_code TEXT NOT NULL REFERENCES product_category (code),
  hs_code TEXT NOT NULL,
  outer_material TEXT,
  uom TEXT NOT NULL DEFAULT 'pcs',
  labour_minutes INTEGER NOT NULL DEFAULT 0 CHECK (labour_minutes >= 0),
  carton_qty INTEGER NOT NULL DEFAULT 1 CHECK (carton_qty > 0),
  carton_length_cm REAL, carton_width_cm REAL, carton_height_cm REAL, carton_gross_kg REAL,
  price INTEGER NOT NULL DEFAULT 0 CHECK (price >= 0),
  currency TEXT NOT NULL DEFAULT 'IDR',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  removed_at TEXT
) STRICT;
CREATE UNIQUE INDEX product_sku_in_use ON product (sku COLLATE NOCASE) WHERE removed_at IS NULL;

-- Material per unit of product before cutting waste; gross = qty / (1 - waste).
CREATE TABLE bom_line (
  product_id INTEGER NOT NULL REFERENCES product (id),
  material_id INTEGER NOT NULL REFERENCES material (id),
  qty_per_unit REAL NOT NULL CHECK (qty_per_unit > 0),
  waste_pct REAL NOT NULL DEFAULT 0 CHECK (waste_pct >= 0 AND waste_pct < 100),
  PRIMARY KEY (product_id, material_id)
) STRICT;
-- Where a material is used: planning and the material screen look BOMs up from this side.
CREATE INDEX bom_line_material ON bom_line (material_id);

-- Stock on hand is the sum of this ledger, never a stored number that can drift.
CREATE TABLE stock_movement (
  id INTEGER PRIMARY KEY,
  material_id INTEGER NOT NULL REFERENCES material (id),
  moved_on TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('opening', 'receipt', 'issue', 'return', 'adjustment')),
  delta REAL NOT NULL,
  unit_id INTEGER REFERENCES business_unit (id),
  note TEXT,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX stock_movement_material ON stock_movement (material_id, moved_on);
CREATE INDEX stock_movement_unit ON stock_movement (unit_id) WHERE unit_id IS NOT NULL;

CREATE TABLE buyer (
  id INTEGER PRIMARY KEY,
  buyer_code TEXT NOT NULL,
  name TEXT NOT NULL,
  country TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('export', 'domestic', 'marketplace', 'government')),
  currency TEXT NOT NULL,
  incoterm TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  removed_at TEXT
) STRICT;
CREATE UNIQUE INDEX buyer_code_in_use ON buyer (buyer_code COLLATE NOCASE) WHERE removed_at IS NULL;
CREATE INDEX buyer_name ON buyer (name COLLATE NOCASE);

CREATE TABLE sales_order (
  id INTEGER PRIMARY KEY,
  order_no TEXT NOT NULL,
  buyer_id INTEGER NOT NULL REFERENCES buyer (id),
  order_date TEXT NOT NULL,
  ship_by TEXT NOT NULL,
  currency TEXT NOT NULL,
  idr_rate REAL CHECK (idr_rate IS NULL OR idr_rate > 0),
  status TEXT NOT NULL CHECK (status IN ('draft', 'confirmed', 'in-production', 'ready', 'shipped', 'closed', 'cancelled')),
  note TEXT,
  -- The lines' worth in rupiah (qty × price at idr_rate), written with the lines: the order
  -- page sorts by it without summing a million lines, and orders in different currencies
  -- compare by what they are worth.
  value_idr INTEGER NOT NULL DEFAULT 0,
  -- The workflow's order, so that sorting by status reads draft → shipped, not alphabetically.
  status_rank INTEGER GENERATED ALWAYS AS (CASE status WHEN 'draft' THEN 0 WHEN 'confirmed' THEN 1
    WHEN 'in-production' THEN 2 WHEN 'ready' THEN 3 WHEN 'shipped' THEN 4 WHEN 'closed' THEN 5 ELSE 6 END) VIRTUAL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (ship_by >= order_date)
) STRICT;
CREATE UNIQUE INDEX sales_order_no ON sales_order (order_no COLLATE NOCASE);
CREATE INDEX sales_order_ship_by ON sales_order (ship_by, id);
CREATE INDEX sales_order_status ON sales_order (status, ship_by);
CREATE INDEX sales_order_buyer ON sales_order (buyer_id);
CREATE INDEX sales_order_order_date ON sales_order (order_date, id);
CREATE INDEX sales_order_value ON sales_order (value_idr, id);
CREATE INDEX sales_order_status_rank ON sales_order (status_rank, ship_by);

CREATE TABLE order_line (
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES sales_order (id),
  line_no INTEGER NOT NULL,
  product_id INTEGER NOT NULL REFERENCES product (id),
  qty INTEGER NOT NULL CHECK (qty > 0),
  unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
  UNIQUE (order_id, line_no)
) STRICT;
CREATE INDEX order_line_product ON order_line (product_id);

CREATE TABLE exchange_rate (
  currency TEXT NOT NULL,
  valid_on TEXT NOT NULL,
  idr_per_unit REAL NOT NULL CHECK (idr_per_unit > 0),
  source TEXT,
  PRIMARY KEY (currency, valid_on)
) STRICT;
`;
