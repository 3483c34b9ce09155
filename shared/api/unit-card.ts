import { z } from 'zod';
import type { Unit, UnitStateChange } from '../domain/unit';
import { isoDateField, requiredText } from '../domain/fields';
import type { Delivery, PieceRateStatement, SpkSheet, WorkshopMaterialAccount } from './production';

/** One workshop's card (kartu unit usaha): its story from the registry, the plan, deliveries, pay and materials. */
export const unitCardInputs = {
  /** Period defaults to the six calendar months ending with the centre's current month. */
  'units:card': z.object({ code: requiredText(40), from: isoDateField.optional(), to: isoDateField.optional() }),
};

/** Deliveries of one calendar month (`YYYY-MM`) within the period. */
export interface UnitCardMonth {
  month: string;
  deliveries: number;
  accepted: number;
  rejected: number;
  /** rejected ÷ (accepted + rejected); 0 when nothing was handed in. */
  rejectRate: number;
}

export interface UnitCard {
  from: string;
  to: string;
  /** The material balances are as of this day: `to`, or today when `to` is later. */
  asOf: string;
  unit: Unit & { history: UnitStateChange[] };
  /** SPKs planned, issued or in progress, and those done that it delivered against in the period (cancelled ones are left out). */
  openSpks: SpkSheet[];
  doneSpks: SpkSheet[];
  /** The deliveries list for this workshop and period, as the Setoran screen shows it. */
  deliveries: Delivery[];
  months: UnitCardMonth[];
  /** The piece-rate statement of each month of the period (clipped to the period), as the pay tab shows it. */
  statements: PieceRateStatement[];
  /** Material held, as the workshop materials tab shows it as of `asOf`. */
  materials: WorkshopMaterialAccount[];
  /** Its accepted pieces against every workshop's accepted pieces in the period. */
  share: { accepted: number; allAccepted: number; share: number };
}

export interface UnitCardOutputs {
  'units:card': UnitCard;
}
