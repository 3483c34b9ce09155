import type { MissingRates } from '../../../shared/api/dashboard-rates';
import { RATE_WINDOW_DAYS } from '../../../shared/rates';
import type { CallContext } from '../platform/app';
import { latestRateBefore } from './rate-queries';
import { unratedRows } from './rates-missing-queries';

/** Rows the card names; the count says how many in all. */
const LISTED = 30;

/**
 * "Kurs belum ada": the orders and shipments whose rupiah or dollar worth is unknown because no
 * rate lies within RATE_WINDOW_DAYS of their date, each with the last (too old) rate before it.
 * Recording a rate fills them in (services/rates.ts), and they leave the list.
 */
export function missingRates(ctx: CallContext): MissingRates {
  const { db } = ctx.app;
  const rows = unratedRows(db);
  return {
    days: RATE_WINDOW_DAYS,
    total: rows.length,
    rows: rows.slice(0, LISTED).map((row) => ({ ...row, latestBefore: latestRateBefore(db, row.currency, row.date) })),
  };
}
