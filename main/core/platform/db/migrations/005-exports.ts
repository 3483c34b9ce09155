/** Release 0.5: export history — the months before the app (or exports not shipped through it), as the roadmap's baseline. */
export const sql = `
-- One month's FOB value to one destination for one product category and HS code, in US cents.
-- HS codes are kept dotted after the heading (4202, 4202.21, 4202.21.10, 4202.21.10.00).
CREATE TABLE export_history (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL CHECK (year BETWEEN 1970 AND 2100),
  month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
  country TEXT NOT NULL CHECK (length(country) = 2),
  category_code TEXT NOT NULL REFERENCES product_category (code),
  hs_code TEXT NOT NULL,
  fob_usd_cents INTEGER NOT NULL CHECK (fob_usd_cents >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  removed_at TEXT
) STRICT;
CREATE UNIQUE INDEX export_history_in_use ON export_history (year, month, country, category_code, hs_code) WHERE removed_at IS NULL;
CREATE INDEX export_history_period ON export_history (year, month) WHERE removed_at IS NULL;
`;
