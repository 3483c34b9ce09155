/** Release 0.1: the centre, its members and business units, history of their state, audit log. */
export const sql = `
CREATE TABLE centre (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL,
  cooperative_name TEXT, cooperative_reg_no TEXT,
  address TEXT, village TEXT, district TEXT, regency TEXT, province TEXT, postal_code TEXT,
  phone TEXT, email TEXT,
  chair_name TEXT, chair_title TEXT, secretary_name TEXT, secretary_title TEXT, sign_city TEXT,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE product_category (
  code TEXT PRIMARY KEY,
  name_id TEXT NOT NULL,
  name_en TEXT NOT NULL,
  hs_code TEXT NOT NULL,
  sort_order INTEGER NOT NULL
) STRICT;

INSERT INTO product_category (code, name_id, name_en, hs_code, sort_order) VALUES
  ('tas', 'Tas', 'Bags', '4202.22', 1),
  ('koper', 'Koper', 'Suitcases', '4202.12', 2),
  ('dompet', 'Dompet', 'Wallets', '4202.31', 3),
  ('ikat-pinggang', 'Ikat Pinggang', 'Belts', '4203.30', 4),
  ('sepatu', 'Sepatu', 'Shoes', '6403.99', 5),
  ('jaket', 'Jaket', 'Jackets', '4203.10', 6),
  ('aksesoris', 'Aksesoris', 'Accessories', '4205.00', 7);

CREATE TABLE member (
  id INTEGER PRIMARY KEY,
  member_no TEXT NOT NULL,
  name TEXT NOT NULL,
  nik TEXT,
  phone TEXT,
  gender TEXT CHECK (gender IN ('L', 'P')),
  address TEXT, village TEXT, district TEXT, regency TEXT,
  joined_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  removed_at TEXT
) STRICT;
CREATE UNIQUE INDEX member_no_in_use ON member (member_no COLLATE NOCASE) WHERE removed_at IS NULL;

-- A member's status over time: the registry must answer "how many were active on that date".
CREATE TABLE member_status (
  member_id INTEGER NOT NULL REFERENCES member (id),
  valid_from TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('aktif', 'non-aktif', 'keluar')),
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (member_id, valid_from)
) STRICT;

CREATE TABLE business_unit (
  id INTEGER PRIMARY KEY,
  unit_code TEXT NOT NULL,
  name TEXT NOT NULL,
  owner_member_id INTEGER REFERENCES member (id),
  nib TEXT, kbli TEXT, address TEXT, village TEXT,
  quality_grade TEXT CHECK (quality_grade IN ('A', 'B', 'C')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  removed_at TEXT
) STRICT;
CREATE UNIQUE INDEX unit_code_in_use ON business_unit (unit_code COLLATE NOCASE) WHERE removed_at IS NULL;
CREATE INDEX business_unit_owner ON business_unit (owner_member_id);

CREATE TABLE unit_category (
  unit_id INTEGER NOT NULL REFERENCES business_unit (id),
  category_code TEXT NOT NULL REFERENCES product_category (code),
  PRIMARY KEY (unit_id, category_code)
) STRICT;

-- A unit's activity, workforce and capacity over time (units revived, workers absorbed).
CREATE TABLE unit_state (
  unit_id INTEGER NOT NULL REFERENCES business_unit (id),
  valid_from TEXT NOT NULL,
  is_active INTEGER NOT NULL CHECK (is_active IN (0, 1)),
  workers INTEGER NOT NULL CHECK (workers >= 0),
  monthly_capacity INTEGER NOT NULL CHECK (monthly_capacity >= 0),
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (unit_id, valid_from)
) STRICT;

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER,
  action TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT
) STRICT;
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

CREATE TABLE preference (
  key TEXT PRIMARY KEY,
  value_json TEXT NOT NULL
) STRICT;
`;
