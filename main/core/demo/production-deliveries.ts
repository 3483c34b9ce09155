import { daysBetween } from './calendar';
import { addDays, type Random } from './random';

/** An SPK as the demo writes it, and what the store and the pay office later need of it. */
export interface DemoSpk {
  id: number;
  unitId: number;
  productId: number;
  /** Pieces to hand in: the accepted share of the line plus the pieces QC will reject. */
  qty: number;
  rejects: number;
  start: string;
  due: string;
  shipBy: string;
  /** The order is ready, shipped or closed: everything was handed in before today. */
  isFinished: boolean;
  deliveredQty: number;
  lastDelivery: string | null;
}

export interface DemoDelivery {
  on: string;
  accepted: number;
  rejected: number;
  note: string | null;
}

/**
 * When and how much a workshop hands in against an SPK: one to three lots, the last around the
 * due day — one in five a few days late. Work of finished orders came in before the goods left
 * and before today; of orders still in production, only the lots whose day has passed.
 */
export function deliveriesOf(random: Random, spk: DemoSpk, today: string, isStress: boolean): DemoDelivery[] {
  const lots = isStress || spk.qty < 60 ? 1 : random.int(1, 3);
  const isLate = random.chance(0.2);
  let last = isLate ? addDays(spk.due, random.int(1, 6)) : addDays(spk.due, -random.int(0, 4));
  if (spk.isFinished) {
    const limit = [today, addDays(spk.shipBy, -5)].sort()[0];
    if (last > limit) last = limit;
  }
  if (last < spk.start) last = spk.start;
  const first = addDays(spk.start, 7) < last ? addDays(spk.start, 7) : last;
  const span = Math.max(0, daysBetween(first, last));
  const perLot = Math.floor(spk.qty / lots);
  const perLotRejects = Math.floor(spk.rejects / lots);
  const handedIn: DemoDelivery[] = [];
  for (let i = 0; i < lots; i++) {
    const isLast = i === lots - 1;
    const on = lots === 1 ? last : addDays(first, Math.round((span * i) / (lots - 1)));
    // Work still in production: only lots whose day has passed are in.
    if (!spk.isFinished && on >= today) break;
    const pieces = isLast ? spk.qty - perLot * (lots - 1) : perLot;
    const rejected = isLast ? spk.rejects - perLotRejects * (lots - 1) : perLotRejects;
    const daysLate = daysBetween(spk.due, on);
    handedIn.push({ on, accepted: pieces - rejected, rejected, note: isLast && daysLate > 0 ? `Terlambat ${daysLate} hari` : null });
  }
  return handedIn;
}
