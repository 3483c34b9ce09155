import type { OrderStatus } from '../../../shared/domain/orders';
import type { DemoBuyer } from './buyers';
import { dateOfDay, dayNumber, daysBetween, domesticSeason, exportSeason } from './calendar';
import type { Random } from './random';

/** The demo's order book starts in January 2023 and runs up to today (ship-by a few months on). */
export const FIRST_ORDER_DATE = '2023-01-01';

/** About 38 orders a month at the demo scale: a cooperative's book, not the whole centre's trade. */
export function demoOrderCount(today: string): number {
  return Math.max(0, Math.round((daysBetween(FIRST_ORDER_DATE, today) / 30.44) * 38));
}

function seasonFor(buyer: DemoBuyer, date: string): number {
  if (buyer.kind === 'government') {
    // The education office buys for the new school year from its budget, ordering February to May.
    const month = Number(date.slice(5, 7));
    return month >= 2 && month <= 5 ? 1.8 : 0;
  }
  return buyer.kind === 'export' ? exportSeason(date) : domesticSeason(date);
}

/** An order date up to today, drawn more often in the buyer's busy season. */
export function orderDate(random: Random, buyer: DemoBuyer, today: string): string {
  const first = dayNumber(FIRST_ORDER_DATE);
  const last = dayNumber(today);
  for (let tries = 0; tries < 1_000; tries++) {
    const date = dateOfDay(random.int(first, last));
    if (random.next() * 1.8 < seasonFor(buyer, date)) return date;
  }
  return today;
}

/**
 * Ship-by after the order date: an export cycle takes 6–12 weeks (samples, production,
 * documents; DOMAIN §6); a tender 6–10; a wholesaler or the showroom waits 2–8 weeks.
 */
export function shipBy(random: Random, buyer: DemoBuyer, date: string): string {
  const [min, max] = buyer.kind === 'export' ? [42, 84] : buyer.kind === 'government' ? [42, 70] : [14, 56];
  return dateOfDay(dayNumber(date) + random.int(min, max));
}

/**
 * A status that fits the dates as seen from today: long past orders are closed (paid) or
 * shipped, a few cancelled; those due about now are being made or ready, some a little late;
 * those due later are confirmed or in production, and the newest may still be drafts.
 */
export function statusFor(random: Random, date: string, due: string, today: string): OrderStatus {
  if (random.chance(0.03)) return 'cancelled';
  const overdue = daysBetween(due, today);
  if (overdue > 45) return random.chance(0.92) ? 'closed' : 'shipped';
  if (overdue > 14) return random.chance(0.5) ? 'closed' : 'shipped';
  if (overdue > 0) return random.weighted<OrderStatus>([['shipped', 70], ['ready', 20], ['in-production', 10]]);
  const left = -overdue;
  if (left <= 10) return random.chance(0.5) ? 'ready' : 'in-production';
  if (left <= 35) return random.weighted<OrderStatus>([['in-production', 70], ['confirmed', 25], ['ready', 5]]);
  if (daysBetween(date, today) <= 10) return random.chance(0.5) ? 'draft' : 'confirmed';
  return random.chance(0.75) ? 'confirmed' : 'in-production';
}
