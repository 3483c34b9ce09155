import { RATE_PER_MINUTE_SQL } from '../platform/db/centre';

/**
 * The piece rate of an SPK. An SPK is priced when it is issued and keeps that rate: from the
 * manager's own rate, else the product's piece rate, else the product's labour minutes × the
 * centre's rate per minute. Until it is issued the same rule is read live, so the plan's screens
 * show what the SPK would carry: that is why the rule sits with the plan, whose assignments the
 * SPKs are, and production (issuing, statements, pay) reads it from here.
 */

/** An SPK's rate (`a` the work_assignment, `p` its product): kept once issued or set by hand, else live. */
export const SPK_RATE_SQL = `CASE WHEN a.rate_basis IS NOT NULL OR a.piece_rate > 0 THEN a.piece_rate
  WHEN p.piece_rate IS NOT NULL THEN p.piece_rate
  ELSE CAST(ROUND(p.labour_minutes * ${RATE_PER_MINUTE_SQL}) AS INTEGER) END`;

/** Where that rate comes from. */
export const SPK_BASIS_SQL = `COALESCE(a.rate_basis, CASE WHEN a.piece_rate > 0 THEN 'manual' WHEN p.piece_rate IS NOT NULL THEN 'product' ELSE 'minutes' END)`;
