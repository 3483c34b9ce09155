/** Release 0.3: production calendar, work assignments (SPK) and deliveries, purchase orders, plan runs. */
export const sql = `
-- Days that do not run at full capacity: national holidays and the Lebaran shutdown at 0 %,
-- Ramadan's shorter hours (e.g. 80 %), overtime before Lebaran (e.g. 130 %). Lebaran and
-- Idul Adha move every year, so the calendar is data the centre keeps, never code.
CREATE TABLE calendar_period (
  id INTEGER PRIMARY KEY,
  starts_on TEXT NOT NULL,
  ends_on TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('holiday', 'lebaran', 'ramadan', 'overtime', 'other')),
  capacity_pct INTEGER NOT NULL CHECK (capacity_pct BETWEEN 0 AND 200),
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (ends_on >= starts_on)
) STRICT;
CREATE INDEX calendar_period_dates ON calendar_period (ends_on, starts_on);

-- A work assignment (SPK, surat perintah kerja): part of an order line given to one workshop.
-- Planned and unpinned rows are the plan's own and are replaced at every run; pinned, issued,
-- in-progress and done rows are commitments the plan works around.
CREATE TABLE work_assignment (
  id INTEGER PRIMARY KEY,
  order_line_id INTEGER NOT NULL REFERENCES order_line (id),
  unit_id INTEGER NOT NULL REFERENCES business_unit (id),
  qty INTEGER NOT NULL CHECK (qty > 0),
  start_on TEXT NOT NULL,
  due_on TEXT NOT NULL,
  is_pinned INTEGER NOT NULL DEFAULT 0 CHECK (is_pinned IN (0, 1)),
  piece_rate INTEGER NOT NULL DEFAULT 0 CHECK (piece_rate >= 0),
  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'issued', 'in-progress', 'done', 'cancelled')),
  delivered_qty INTEGER NOT NULL DEFAULT 0 CHECK (delivered_qty >= 0),
  rejected_qty INTEGER NOT NULL DEFAULT 0 CHECK (rejected_qty >= 0 AND rejected_qty <= delivered_qty),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (due_on >= start_on)
) STRICT;
CREATE INDEX work_assignment_line ON work_assignment (order_line_id);
CREATE INDEX work_assignment_unit ON work_assignment (unit_id, start_on);
CREATE INDEX work_assignment_status ON work_assignment (status, due_on);

-- The pieces an assignment takes from its workshop's capacity, week by week (week_start is a
-- Monday), so the load heat map and the next plan see exactly what the plan placed.
CREATE TABLE assignment_week (
  assignment_id INTEGER NOT NULL REFERENCES work_assignment (id) ON DELETE CASCADE,
  week_start TEXT NOT NULL,
  qty INTEGER NOT NULL CHECK (qty > 0),
  PRIMARY KEY (assignment_id, week_start)
) WITHOUT ROWID, STRICT;
CREATE INDEX assignment_week_week ON assignment_week (week_start);

-- Goods a workshop hands in against an SPK, with the QC result.
CREATE TABLE delivery (
  id INTEGER PRIMARY KEY,
  assignment_id INTEGER NOT NULL REFERENCES work_assignment (id),
  delivered_on TEXT NOT NULL,
  accepted INTEGER NOT NULL CHECK (accepted >= 0),
  rejected INTEGER NOT NULL CHECK (rejected >= 0),
  note TEXT,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX delivery_assignment ON delivery (assignment_id);

CREATE TABLE purchase_order (
  id INTEGER PRIMARY KEY,
  po_no TEXT NOT NULL,
  supplier_id INTEGER NOT NULL REFERENCES supplier (id),
  order_date TEXT NOT NULL,
  expected_on TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'ordered', 'received', 'cancelled')),
  currency TEXT NOT NULL DEFAULT 'IDR',
  note TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (expected_on >= order_date)
) STRICT;
CREATE UNIQUE INDEX purchase_order_no ON purchase_order (po_no COLLATE NOCASE);
CREATE INDEX purchase_order_status ON purchase_order (status, expected_on);

-- Quantities in the material's own unit (sqft, m, kg): what the BOM and the stock ledger use.
CREATE TABLE purchase_line (
  id INTEGER PRIMARY KEY,
  po_id INTEGER NOT NULL REFERENCES purchase_order (id),
  material_id INTEGER NOT NULL REFERENCES material (id),
  qty REAL NOT NULL CHECK (qty > 0),
  unit_cost INTEGER NOT NULL DEFAULT 0 CHECK (unit_cost >= 0),
  received_qty REAL NOT NULL DEFAULT 0 CHECK (received_qty >= 0)
) STRICT;
CREATE INDEX purchase_line_po ON purchase_line (po_id);
CREATE INDEX purchase_line_material ON purchase_line (material_id);

-- What the last plans said (late lines, purchase suggestions, fairness), for the screens.
CREATE TABLE plan_run (
  id INTEGER PRIMARY KEY,
  run_at TEXT NOT NULL,
  today TEXT NOT NULL,
  actor TEXT NOT NULL,
  summary_json TEXT NOT NULL
) STRICT;
`;
