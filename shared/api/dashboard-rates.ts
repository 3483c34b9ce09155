import { z } from 'zod';
import type { MissingRate } from '../rates';

/** The dashboard's "kurs belum ada" card: what has no rate within the window of its date. */
export interface MissingRates {
  /** The window: a value may use a rate at most this many days older than its date. */
  days: number;
  /** How many orders and shipments lack a rate; `rows` lists the newest of them. */
  total: number;
  rows: MissingRate[];
}

export const dashboardRatesInputs = {
  'dashboard:missingRates': z.object({}),
};

export interface DashboardRatesOutputs {
  'dashboard:missingRates': MissingRates;
}
