import { roundQty } from '../../../shared/units';

/**
 * The ledger's daily changes held in memory, so that a file of movements is checked the way the
 * stock service will write it: row after row, each against the database and the rows before it.
 */
export class DailyLedger {
  private readonly days = new Map<string, Map<string, number>>();

  add(key: string, date: string, delta: number): void {
    const days = this.days.get(key) ?? new Map<string, number>();
    days.set(date, (days.get(date) ?? 0) + delta);
    this.days.set(key, days);
  }

  /**
   * The first day, from `date` on, whose running balance would be below zero with `delta`
   * added on `date` (balances are per day, as in db/stock firstNegativeBalance).
   */
  firstNegative(key: string, date: string, delta: number): { date: string; balance: number } | undefined {
    const days = new Map(this.days.get(key) ?? []);
    days.set(date, (days.get(date) ?? 0) + delta);
    let balance = 0;
    for (const day of [...days.keys()].sort()) {
      balance += days.get(day) ?? 0;
      const rounded = roundQty(balance);
      if (day >= date && rounded < 0) return { date: day, balance: rounded };
    }
    return undefined;
  }
}
