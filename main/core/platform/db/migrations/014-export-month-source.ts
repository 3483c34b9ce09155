/**
 * Release 0.14: which source a month's exports are counted from, where a month has both export
 * history and shipments that left. Chosen by a person (importing history for such a month, or
 * saving a history row by hand), recorded with who and when; until chosen the shipments count
 * and the reports flag the month "dua sumber" (db/export-facts.ts).
 */
export const sql = `
CREATE TABLE export_month_source (
  month TEXT PRIMARY KEY CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
  source TEXT NOT NULL CHECK (source IN ('history', 'shipments')),
  chosen_by TEXT NOT NULL,
  chosen_at TEXT NOT NULL
) STRICT;
`;
