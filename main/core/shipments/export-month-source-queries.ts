import type { MonthSource } from '../../../shared/api/exports';
import type { Db } from '../platform/db/connection';

/** The month-source choices (migration 014): which source a month with both keeps, who chose, when. */

export interface MonthSourceChoice {
  month: string;
  source: MonthSource;
  chosenBy: string;
  chosenAt: string;
}

export function monthSourceChoices(db: Db, from: string, to: string): Map<string, MonthSourceChoice> {
  const rows = db
    .prepare('SELECT month, source, chosen_by AS chosenBy, chosen_at AS chosenAt FROM export_month_source WHERE month BETWEEN ? AND ?')
    .all(from, to) as MonthSourceChoice[];
  return new Map(rows.map((row) => [row.month, row]));
}

export function setMonthSourceChoice(db: Db, choice: MonthSourceChoice): void {
  db.prepare(
    `INSERT INTO export_month_source (month, source, chosen_by, chosen_at) VALUES (@month, @source, @chosenBy, @chosenAt)
     ON CONFLICT (month) DO UPDATE SET source = excluded.source, chosen_by = excluded.chosen_by, chosen_at = excluded.chosen_at`,
  ).run(choice);
}
