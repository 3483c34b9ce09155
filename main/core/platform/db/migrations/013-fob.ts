/**
 * Release 0.13: FOB for every incoterm, and a shipment's FOB split over its lines so the parts add
 * up to the whole.
 * - `shipment.inland_cost`: what it costs to bring the goods from the workshop to the port of
 *   loading (trucking Tanggulangin → Tanjung Perak, handling), in the shipment's currency's minor
 *   unit; an EXW price plus this is the FOB value. NULL: not entered.
 * - freight and insurance become NULL where not entered: 0 was the old default for "nothing
 *   typed", so a 0 becomes NULL (a CIF shipment without its freight has an unknown FOB until it
 *   is entered).
 * - The rates, their days (`idr_rate_on`, `usd_rate_on`: the day of the rate used, at most seven
 *   days before the value's date) and the FOB values may be NULL: unknown, never 0. A shipment is
 *   recorded all the same.
 * - `shipment_line.fob_usd_cents`: the line's share of the shipment's FOB in US cents, split by
 *   largest remainder when the shipment is valued, so every report sums the same cents.
 * Existing shipments are valued again by the rule (an EXW one has no inland cost yet: its FOB is
 * unknown until it is entered; a CIF one without freight likewise); their rates are kept.
 * SQLite cannot drop NOT NULL in place: both tables are rebuilt (lines first out, so that dropping
 * the old shipment table cascades into nothing).
 */
const NEEDS_FREIGHT = "('CFR', 'CPT', 'CIF', 'CIP', 'DAP', 'DPU', 'DDP')";
const NEEDS_INSURANCE = "('CIF', 'CIP')";
/** The day of the rate a shipment was valued at: the newest recorded on or before its rate date. */
const rateDay = (currencySql: string) => `(SELECT MAX(r.valid_on) FROM exchange_rate r WHERE r.currency = ${currencySql} AND r.valid_on <= s.rate_date)`;
const MINOR = "(CASE WHEN s.currency IN ('IDR', 'JPY') THEN 1.0 ELSE 100.0 END)";

export const sql = `
CREATE TABLE shipment_new (
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
  inland_cost INTEGER CHECK (inland_cost IS NULL OR inland_cost >= 0),
  freight INTEGER CHECK (freight IS NULL OR freight >= 0),
  insurance INTEGER CHECK (insurance IS NULL OR insurance >= 0),
  marks TEXT,
  rate_date TEXT NOT NULL,
  idr_rate REAL CHECK (idr_rate IS NULL OR idr_rate > 0),
  idr_rate_on TEXT,
  usd_rate REAL CHECK (usd_rate IS NULL OR usd_rate > 0),
  usd_rate_on TEXT,
  invoice_value INTEGER NOT NULL CHECK (invoice_value >= 0),
  fob_value INTEGER CHECK (fob_value IS NULL OR fob_value >= 0),
  fob_usd_cents INTEGER CHECK (fob_usd_cents IS NULL OR fob_usd_cents >= 0),
  fob_idr INTEGER CHECK (fob_idr IS NULL OR fob_idr >= 0),
  qty INTEGER NOT NULL DEFAULT 0,
  cartons INTEGER NOT NULL DEFAULT 0,
  net_kg REAL NOT NULL DEFAULT 0,
  gross_kg REAL NOT NULL DEFAULT 0,
  volume_m3 REAL NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (eta IS NULL OR etd IS NULL OR eta >= etd)
) STRICT;

INSERT INTO shipment_new
SELECT s.id, s.shipment_no, s.buyer_id, s.status, s.invoice_date, s.currency, s.incoterm, s.incoterm_place, s.port_of_loading,
       s.port_of_discharge, s.country, s.etd, s.eta, s.container_type, s.container_count, s.peb_no, s.peb_date, s.bl_no,
       NULL,
       NULLIF(s.freight, 0), NULLIF(s.insurance, 0),
       s.marks, s.rate_date,
       s.idr_rate, CASE WHEN s.currency = 'IDR' THEN NULL ELSE ${rateDay('s.currency')} END,
       s.usd_rate, ${rateDay("'USD'")},
       s.invoice_value, v.fob,
       CASE WHEN v.fob IS NULL THEN NULL WHEN v.fob = s.fob_value THEN s.fob_usd_cents WHEN s.currency = 'USD' THEN v.fob
            ELSE CAST(ROUND(v.fob / ${MINOR} * s.idr_rate / s.usd_rate * 100) AS INTEGER) END,
       CASE WHEN v.fob IS NULL THEN NULL WHEN v.fob = s.fob_value THEN s.fob_idr
            ELSE CAST(ROUND(v.fob / ${MINOR} * s.idr_rate) AS INTEGER) END,
       s.qty, s.cartons, s.net_kg, s.gross_kg, s.volume_m3, s.created_at, s.updated_at
FROM shipment s
JOIN (SELECT id,
             CASE WHEN incoterm = 'EXW' THEN NULL
                  WHEN incoterm IN ${NEEDS_INSURANCE} AND (freight = 0 OR insurance = 0) THEN NULL
                  WHEN incoterm IN ${NEEDS_FREIGHT} AND freight = 0 THEN NULL
                  WHEN incoterm IN ${NEEDS_FREIGHT} THEN max(0, invoice_value - freight - insurance)
                  ELSE invoice_value END AS fob
      FROM shipment) v ON v.id = s.id;

CREATE TABLE shipment_line_new (
  id INTEGER PRIMARY KEY,
  shipment_id INTEGER NOT NULL REFERENCES shipment_new (id) ON DELETE CASCADE,
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
  fob_usd_cents INTEGER CHECK (fob_usd_cents IS NULL OR fob_usd_cents >= 0),
  UNIQUE (shipment_id, line_no)
) STRICT;

-- Largest remainder: each line the floor of its share, the cents left one each to the largest remainders.
INSERT INTO shipment_line_new
WITH share AS (
  SELECT sl.*, s.fob_usd_cents AS whole,
         CASE WHEN s.invoice_value > 0 THEN sl.qty * sl.unit_price ELSE 1 END AS weight,
         CASE WHEN s.invoice_value > 0 THEN s.invoice_value ELSE COUNT(*) OVER (PARTITION BY sl.shipment_id) END AS total
  FROM shipment_line sl JOIN shipment_new s ON s.id = sl.shipment_id),
parts AS (
  SELECT *, (whole * weight) / total AS base, (whole * weight) % total AS remainder FROM share),
ranked AS (
  SELECT *, whole - SUM(base) OVER (PARTITION BY shipment_id) AS short,
         ROW_NUMBER() OVER (PARTITION BY shipment_id ORDER BY remainder DESC, line_no) AS rank
  FROM parts)
SELECT id, shipment_id, line_no, order_line_id, qty, unit_price, cartons, first_carton, net_kg, gross_kg, volume_m3, carton_qty,
       carton_length_cm, carton_width_cm, carton_height_cm,
       CASE WHEN whole IS NULL THEN NULL ELSE base + (rank <= short) END
FROM ranked;

DROP TABLE shipment_line;
DROP TABLE shipment;
ALTER TABLE shipment_new RENAME TO shipment;
ALTER TABLE shipment_line_new RENAME TO shipment_line;
CREATE UNIQUE INDEX shipment_no ON shipment (shipment_no COLLATE NOCASE);
CREATE INDEX shipment_buyer ON shipment (buyer_id);
CREATE INDEX shipment_status ON shipment (status, etd);
CREATE INDEX shipment_etd ON shipment (etd);
CREATE INDEX shipment_line_order_line ON shipment_line (order_line_id);
`;
