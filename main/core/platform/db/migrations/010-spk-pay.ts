/**
 * Release 0.10: numbered SPKs with their piece rate kept from the day they are issued, the
 * product's own piece rate, and numbered pay slips kept exactly as printed.
 *
 * SPKs already issued, in progress, done or cancelled before this release get a number by the
 * year they were issued (the earlier of their creation and their start), in that order, and the
 * rate they were being paid at: their own where the manager set one, else the product's labour
 * minutes × the rate per minute then in force (the preference, else Rp 56), so no statement of
 * work already handed in changes with this release.
 */
export const sql = `
-- Rupiah a workshop is paid for one piece (ongkos jahit); NULL: priced from the labour minutes.
ALTER TABLE product ADD COLUMN piece_rate INTEGER CHECK (piece_rate IS NULL OR piece_rate >= 0);

-- The SPK's number (SPK-2026-00001, by the year of issue), the day it was issued, and where
-- its piece rate came from: the product's rate, labour minutes × rate per minute, or by hand.
ALTER TABLE work_assignment ADD COLUMN spk_no TEXT;
ALTER TABLE work_assignment ADD COLUMN issued_on TEXT;
ALTER TABLE work_assignment ADD COLUMN rate_basis TEXT CHECK (rate_basis IS NULL OR rate_basis IN ('product', 'minutes', 'manual'));
CREATE UNIQUE INDEX work_assignment_spk_no ON work_assignment (spk_no) WHERE spk_no IS NOT NULL;

UPDATE work_assignment SET
  rate_basis = CASE WHEN piece_rate > 0 THEN 'manual' ELSE 'minutes' END,
  piece_rate = CASE WHEN piece_rate > 0 THEN piece_rate ELSE (
    SELECT CAST(ROUND(p.labour_minutes * COALESCE((
      SELECT json_extract(value_json, '$') FROM preference
      WHERE key = 'production.ratePerMinute' AND json_valid(value_json) AND json_type(value_json) IN ('integer', 'real')
        AND json_extract(value_json, '$') BETWEEN 0 AND 100000), 56)) AS INTEGER)
    FROM order_line ol JOIN product p ON p.id = ol.product_id WHERE ol.id = work_assignment.order_line_id) END,
  issued_on = min(start_on, substr(created_at, 1, 10))
WHERE status <> 'planned';

UPDATE work_assignment SET spk_no = numbered.spk_no
FROM (
  SELECT id, 'SPK-' || substr(issued_on, 1, 4) || '-' || printf('%05d', ROW_NUMBER() OVER (PARTITION BY substr(issued_on, 1, 4) ORDER BY issued_on, id)) AS spk_no
  FROM work_assignment WHERE status <> 'planned'
) AS numbered
WHERE work_assignment.id = numbered.id;

-- A pay slip as printed: numbered (SLIP-2026-00001, by the year it was printed), never changed.
-- Work or advances recorded later for its period are paid or deducted on the next statement.
CREATE TABLE pay_slip (
  id INTEGER PRIMARY KEY,
  slip_no TEXT NOT NULL,
  unit_id INTEGER NOT NULL REFERENCES business_unit (id),
  period_from TEXT NOT NULL,
  period_to TEXT NOT NULL,
  unit_code TEXT NOT NULL,
  unit_name TEXT NOT NULL,
  owner_name TEXT,
  member_no TEXT,
  gross INTEGER NOT NULL,
  advances INTEGER NOT NULL CHECK (advances >= 0),
  material_overuse INTEGER NOT NULL CHECK (material_overuse >= 0),
  net INTEGER NOT NULL,
  issued_at TEXT NOT NULL,
  issued_by TEXT NOT NULL,
  CHECK (period_to >= period_from)
) STRICT;
CREATE UNIQUE INDEX pay_slip_no ON pay_slip (slip_no);
CREATE UNIQUE INDEX pay_slip_period ON pay_slip (unit_id, period_from, period_to);

-- The slip's lines as printed: an SPK's pieces at its own rate, or a correction.
CREATE TABLE pay_slip_line (
  slip_id INTEGER NOT NULL REFERENCES pay_slip (id),
  line_no INTEGER NOT NULL,
  assignment_id INTEGER REFERENCES work_assignment (id),
  spk_no TEXT,
  order_no TEXT,
  sku TEXT,
  accepted INTEGER NOT NULL CHECK (accepted >= 0),
  rejected INTEGER NOT NULL CHECK (rejected >= 0),
  rate INTEGER NOT NULL CHECK (rate >= 0),
  amount INTEGER NOT NULL,
  is_correction INTEGER NOT NULL DEFAULT 0 CHECK (is_correction IN (0, 1)),
  note TEXT,
  PRIMARY KEY (slip_id, line_no)
) WITHOUT ROWID, STRICT;

-- What each slip settled, each delivery and advance at most once.
CREATE TABLE pay_slip_delivery (
  delivery_id INTEGER PRIMARY KEY REFERENCES delivery (id),
  slip_id INTEGER NOT NULL REFERENCES pay_slip (id)
) STRICT;
CREATE INDEX pay_slip_delivery_slip ON pay_slip_delivery (slip_id);
CREATE TABLE pay_slip_advance (
  advance_id INTEGER PRIMARY KEY REFERENCES advance (id),
  slip_id INTEGER NOT NULL REFERENCES pay_slip (id)
) STRICT;
CREATE INDEX pay_slip_advance_slip ON pay_slip_advance (slip_id);

-- A correction of pay already printed (a wrong count, a rate agreed afterwards): a line of the
-- workshop's next slip, plus or minus, in rupiah.
CREATE TABLE pay_correction (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES business_unit (id),
  on_date TEXT NOT NULL,
  amount INTEGER NOT NULL CHECK (amount <> 0),
  note TEXT NOT NULL,
  slip_id INTEGER REFERENCES pay_slip (id),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX pay_correction_unit ON pay_correction (unit_id, on_date);
`;
