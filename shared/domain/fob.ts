import { fromMinor, minorUnits, rupiah, usdCents, type Currency, type MinorUnits, type Rupiah, type UsdCents } from '../money';

/**
 * The FOB value of a shipment: what the goods are worth loaded on board at the port of loading,
 * the value an export is counted at (PEB, export statistics). One rule for every incoterm, used by
 * the backend when it values a shipment and by the screen while the user types:
 *   EXW                 invoice value + inland cost to the port of loading (trucking, handling)
 *   FCA, FOB            invoice value
 *   CFR, CPT            invoice value − freight
 *   CIF, CIP            invoice value − freight − insurance
 *   DAP, DPU, DDP       invoice value − freight − insurance (insurance where the seller took any)
 * A figure the incoterm needs and nobody entered leaves the FOB value unknown (null), never
 * guessed as zero: the shipment is named until its figure is entered. Amounts are minor units of
 * the shipment's currency.
 */
export const FOB_COSTS = ['inlandCost', 'freight', 'insurance'] as const;
export type FobCost = (typeof FOB_COSTS)[number];

/** Why a shipment's FOB value (or its USD and rupiah values) is unknown: a cost not entered, or no rate for the date. */
export type FobGap = FobCost | 'rate';

interface FobTerm {
  /** +1 adds the cost, −1 takes it off, absent: the cost plays no part. */
  sign: Partial<Record<FobCost, 1 | -1>>;
  /** Costs without which the FOB value is unknown. */
  needs: readonly FobCost[];
}

const TERMS: Record<string, FobTerm> = {
  EXW: { sign: { inlandCost: 1 }, needs: ['inlandCost'] },
  FCA: { sign: {}, needs: [] },
  FAS: { sign: {}, needs: [] },
  FOB: { sign: {}, needs: [] },
  CFR: { sign: { freight: -1 }, needs: ['freight'] },
  CPT: { sign: { freight: -1 }, needs: ['freight'] },
  CIF: { sign: { freight: -1, insurance: -1 }, needs: ['freight', 'insurance'] },
  CIP: { sign: { freight: -1, insurance: -1 }, needs: ['freight', 'insurance'] },
  DAP: { sign: { freight: -1, insurance: -1 }, needs: ['freight'] },
  DPU: { sign: { freight: -1, insurance: -1 }, needs: ['freight'] },
  DDP: { sign: { freight: -1, insurance: -1 }, needs: ['freight'] },
};

export type FobCosts = Record<FobCost, number | null>;

/** The costs an incoterm's FOB value uses (the form shows these fields), in the order of the form. */
export function fobCostsUsed(incoterm: string): FobCost[] {
  const term = TERMS[incoterm] ?? TERMS.FOB;
  return FOB_COSTS.filter((cost) => term.sign[cost] !== undefined);
}

/** The costs an incoterm needs and that are not entered. */
export function missingFobCosts(incoterm: string, costs: FobCosts): FobCost[] {
  return (TERMS[incoterm] ?? TERMS.FOB).needs.filter((cost) => costs[cost] === null);
}

export interface FobValuation {
  /** Minor units of the shipment's currency; null when a needed cost is missing. May be negative: the caller refuses it. */
  fobValue: MinorUnits | null;
  missing: FobCost[];
}

export function fobValueOf(incoterm: string, invoiceValue: number, costs: FobCosts): FobValuation {
  const term = TERMS[incoterm] ?? TERMS.FOB;
  const missing = missingFobCosts(incoterm, costs);
  if (missing.length > 0) return { fobValue: null, missing };
  let fobValue = invoiceValue;
  for (const cost of FOB_COSTS) fobValue += (term.sign[cost] ?? 0) * (costs[cost] ?? 0);
  return { fobValue: minorUnits(fobValue), missing };
}

/**
 * The FOB value in US cents and in rupiah, at rupiah rates of one day (rupiah per unit of the
 * shipment's currency, and per USD). Dollars stay as invoiced; other currencies cross through the
 * rupiah. A rate not known leaves its figure unknown, never zero.
 */
export function fobInUsdAndIdr(
  fobValue: MinorUnits | null, currency: Currency, idrRate: number | null, usdRate: number | null,
): { fobUsdCents: UsdCents | null; fobIdr: Rupiah | null } {
  if (fobValue === null) return { fobUsdCents: null, fobIdr: null };
  const major = fromMinor(fobValue, currency);
  const rupiahRate = currency === 'IDR' ? 1 : idrRate;
  const fobIdr = rupiahRate === null ? null : rupiah(Math.round(major * rupiahRate));
  const fobUsdCents = currency === 'USD' ? usdCents(fobValue) : rupiahRate === null || usdRate === null ? null : usdCents(Math.round(((major * rupiahRate) / usdRate) * 100));
  return { fobUsdCents, fobIdr };
}

/**
 * A whole (integer, minor units) split over parts in proportion to their weights so that the parts
 * add up to the whole exactly: each part gets the floor of its share, and the units left over go
 * one each to the parts with the largest remainders (the earlier part on a tie). Rounding each part
 * on its own would not add up (two half cents both rounded up make a cent too many). Weights all
 * zero: the whole is split evenly.
 */
export function splitLargestRemainder(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const sign = total < 0 ? -1 : 1;
  const whole = BigInt(Math.abs(total));
  const sum = weights.reduce((acc, w) => acc + w, 0);
  const used = sum > 0 ? weights.map((w) => BigInt(Math.max(0, Math.round(w)))) : weights.map(() => 1n);
  const denominator = used.reduce((acc, w) => acc + w, 0n);
  const floors = used.map((w) => (whole * w) / denominator);
  const remainders = used.map((w) => (whole * w) % denominator);
  let left = Number(whole - floors.reduce((acc, f) => acc + f, 0n));
  const order = remainders.map((r, index) => ({ r, index })).sort((a, b) => (a.r === b.r ? a.index - b.index : a.r > b.r ? -1 : 1));
  const parts = floors.map(Number);
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index] += 1;
    left -= 1;
  }
  return parts.map((part) => sign * part);
}

/** What a shipment lacks for its FOB figures: costs its incoterm needs, and a rate when its value is known but not its USD or rupiah worth. */
export function fobGaps(incoterm: string, costs: FobCosts, value: { fobValue: number | null; fobUsdCents: number | null; fobIdr: number | null }): FobGap[] {
  const gaps: FobGap[] = missingFobCosts(incoterm, costs);
  if (value.fobValue !== null && (value.fobUsdCents === null || value.fobIdr === null)) gaps.push('rate');
  return gaps;
}
