/** Release 0.6: export shipments with their lines, and the net weight of a product's master carton. */
export const sql = `
-- The goods of a full master carton without the board; absent: estimated from the carton's size.
ALTER TABLE product ADD COLUMN carton_net_kg REAL CHECK (carton_net_kg IS NULL OR carton_net_kg > 0);

-- One shipment is one commercial invoice and one packing list (the shipment number is theirs).
-- Money in the minor unit of the shipment's currency (the orders' currency). The value is fixed
-- when the shipment is written, at the rates of rate_date: the PEB date, else the ETD, else the
-- invoice date. The totals are the lines' sums, kept here so that the list costs one row a shipment.
CREATE TABLE shipment (
  id INTEGER PRIMARY KEY,
  shipment_no TEXT NOT NULL,
  buyer_id INTEGER NOT NULL REFERENCES buyer (id),
  status TEXT NOT NULL CHECK (status IN ('draft', 'booked', 'shipped', 'closed', 'cancelled')),
  invoice_date TEXT NOT NULL,
  currency TEXT NOT NULL,
  incoterm TEXT NOT NULL,
  incoterm_place TEXT NOT NULL,
  port_of_loading TEXT NOT NULL,
  port_of_discharge TEXT,
  country TEXT NOT NULL CHECK (length(country) = 2),
  etd TEXT,
  eta TEXT,
  container_type TEXT CHECK (container_type IS NULL OR container_type IN ('20', '40', '40HC', 'LCL')),
  container_count INTEGER NOT NULL DEFAULT 1 CHECK (container_count BETWEEN 1 AND 99),
  peb_no TEXT,
  peb_date TEXT,
  bl_no TEXT,
  freight INTEGER NOT NULL DEFAULT 0 CHECK (freight >= 0),
  insurance INTEGER NOT NULL DEFAULT 0 CHECK (insurance >= 0),
  marks TEXT,
  rate_date TEXT NOT NULL,
  idr_rate REAL NOT NULL CHECK (idr_rate > 0),
  usd_rate REAL NOT NULL CHECK (usd_rate > 0),
  invoice_value INTEGER NOT NULL CHECK (invoice_value >= 0),
  fob_value INTEGER NOT NULL CHECK (fob_value >= 0),
  fob_usd_cents INTEGER NOT NULL CHECK (fob_usd_cents >= 0),
  fob_idr INTEGER NOT NULL CHECK (fob_idr >= 0),
  qty INTEGER NOT NULL DEFAULT 0,
  cartons INTEGER NOT NULL DEFAULT 0,
  net_kg REAL NOT NULL DEFAULT 0,
  gross_kg REAL NOT NULL DEFAULT 0,
  volume_m3 REAL NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (eta IS NULL OR etd IS NULL OR eta >= etd)
) STRICT;
CREATE UNIQUE INDEX shipment_no ON shipment (shipment_no COLLATE NOCASE);
CREATE INDEX shipment_buyer ON shipment (buyer_id);
CREATE INDEX shipment_status ON shipment (status, etd);
CREATE INDEX shipment_etd ON shipment (etd);

-- Part of an order line. Cartons are numbered across the shipment (first_carton … + cartons - 1);
-- the carton's size and the price are kept as packed and invoiced: the catalogue may change later,
-- the papers lodged with customs may not.
CREATE TABLE shipment_line (
  id INTEGER PRIMARY KEY,
  shipment_id INTEGER NOT NULL REFERENCES shipment (id) ON DELETE CASCADE,
  line_no INTEGER NOT NULL,
  order_line_id INTEGER NOT NULL REFERENCES order_line (id),
  qty INTEGER NOT NULL CHECK (qty > 0),
  unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
  cartons INTEGER NOT NULL CHECK (cartons > 0 AND cartons <= qty),
  first_carton INTEGER NOT NULL CHECK (first_carton > 0),
  net_kg REAL NOT NULL CHECK (net_kg > 0),
  gross_kg REAL NOT NULL CHECK (gross_kg >= net_kg),
  volume_m3 REAL NOT NULL CHECK (volume_m3 > 0),
  carton_qty INTEGER NOT NULL CHECK (carton_qty > 0),
  carton_length_cm REAL NOT NULL CHECK (carton_length_cm > 0),
  carton_width_cm REAL NOT NULL CHECK (carton_width_cm > 0),
  carton_height_cm REAL NOT NULL CHECK (carton_height_cm > 0),
  UNIQUE (shipment_id, line_no)
) STRICT;
CREATE INDEX shipment_line_order_line ON shipment_line (order_line_id);
`;
