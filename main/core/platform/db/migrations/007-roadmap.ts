/** Release 0.7: the revitalisation roadmap — period, KPIs, yearly targets, hand actuals, milestones. */
export const sql = `
-- One roadmap a centre (a later roadmap is a new row; the screens show the newest).
CREATE TABLE roadmap (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  start_year INTEGER NOT NULL CHECK (start_year BETWEEN 1970 AND 2100),
  end_year INTEGER NOT NULL CHECK (end_year BETWEEN 1970 AND 2100),
  baseline_year INTEGER NOT NULL CHECK (baseline_year BETWEEN 1970 AND 2100),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (end_year >= start_year),
  CHECK (baseline_year <= end_year)
) STRICT;

-- A KPI: one of the standard ones the app measures (standard_code) or one of the centre's own
-- (name, unit). Values are integers in the KPI's smallest step (decimals): USD cents, rupiah, counts.
CREATE TABLE roadmap_kpi (
  id INTEGER PRIMARY KEY,
  roadmap_id INTEGER NOT NULL REFERENCES roadmap (id),
  position INTEGER NOT NULL,
  standard_code TEXT CHECK (standard_code IS NULL OR standard_code IN ('export-usd', 'production-idr', 'active-units', 'workers', 'members')),
  name TEXT,
  unit TEXT,
  direction TEXT NOT NULL CHECK (direction IN ('up', 'down')),
  measure TEXT NOT NULL CHECK (measure IN ('flow', 'level')),
  decimals INTEGER NOT NULL CHECK (decimals BETWEEN 0 AND 4),
  CHECK (standard_code IS NOT NULL OR name IS NOT NULL)
) STRICT;
CREATE UNIQUE INDEX roadmap_kpi_standard ON roadmap_kpi (roadmap_id, standard_code) WHERE standard_code IS NOT NULL;
CREATE UNIQUE INDEX roadmap_kpi_name ON roadmap_kpi (roadmap_id, name COLLATE NOCASE) WHERE name IS NOT NULL;

CREATE TABLE roadmap_target (
  kpi_id INTEGER NOT NULL REFERENCES roadmap_kpi (id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  value INTEGER NOT NULL CHECK (value >= 0),
  PRIMARY KEY (kpi_id, year)
) STRICT;

-- An actual typed by hand: a centre's own KPI, or a year the data does not cover.
CREATE TABLE roadmap_actual (
  kpi_id INTEGER NOT NULL REFERENCES roadmap_kpi (id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  value INTEGER NOT NULL CHECK (value >= 0),
  note TEXT,
  PRIMARY KEY (kpi_id, year)
) STRICT;

CREATE TABLE roadmap_milestone (
  id INTEGER PRIMARY KEY,
  roadmap_id INTEGER NOT NULL REFERENCES roadmap (id),
  title TEXT NOT NULL,
  due_on TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('planned', 'in-progress', 'done', 'late')),
  note TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  removed_at TEXT
) STRICT;
CREATE INDEX roadmap_milestone_due ON roadmap_milestone (roadmap_id, due_on) WHERE removed_at IS NULL;
`;
