import type { Db } from '../platform/db/connection';
import { addDays, type Random } from './random';

/**
 * Kasbon: in the last three months some workshops drew an advance on a month's pay, at most a
 * third of what that month's handed-in work earns at its SPKs' piece rates, in round
 * fifty thousands, paid in the same month before the last lot came in, so the month's slip nets it
 * off and never goes below zero. Returns the rows written.
 */
export function writeAdvances(db: Db, random: Random, today: string, now: string): number {
  const from = `${addDays(today, -90).slice(0, 7)}-01`;
  const months = db
    .prepare(
      `SELECT a.unit_id AS unitId, substr(d.delivered_on, 1, 7) AS month, SUM(d.accepted * a.piece_rate) AS earned,
              MIN(d.delivered_on) AS firstOn, MAX(d.delivered_on) AS lastOn
       FROM delivery d JOIN work_assignment a ON a.id = d.assignment_id
       WHERE d.delivered_on >= ? GROUP BY a.unit_id, month ORDER BY a.unit_id, month`,
    )
    .all(from) as { unitId: number; month: string; earned: number; firstOn: string; lastOn: string }[];
  const insert = db.prepare('INSERT INTO advance (unit_id, paid_on, amount, note, created_at) VALUES (?, ?, ?, ?, ?)');
  let rows = 0;
  for (const month of months) {
    if (!random.chance(0.15)) continue;
    const amount = Math.floor((month.earned / 3) * (0.4 + random.next() * 0.6) / 50_000) * 50_000;
    if (amount <= 0) continue;
    const note = random.pick(['Kasbon upah jahit', 'Kasbon beli bahan pembantu', 'Kasbon keperluan keluarga']);
    insert.run(month.unitId, random.dateBetween(`${month.month}-01`, month.lastOn), amount, note, now);
    rows++;
  }
  return rows;
}
