import { describe, expect, it } from 'vitest';
import { fobCostsUsed, fobGaps, fobInUsdAndIdr, fobValueOf, splitLargestRemainder } from '../../shared/domain/fob';
import { INCOTERMS } from '../../shared/domain/orders';
import { minorUnits } from '../../shared/money';

const ALL = { inlandCost: 20_000, freight: 60_000, insurance: 5_000 };
const NONE = { inlandCost: null, freight: null, insurance: null };

describe('the FOB value of each incoterm', () => {
  it('adds the inland cost to EXW, takes freight off CFR/CPT and freight and insurance off CIF/CIP and the D-terms', () => {
    const values = Object.fromEntries(INCOTERMS.map((term) => [term, fobValueOf(term, 1_000_000, ALL).fobValue]));
    expect(values).toEqual({
      EXW: 1_020_000, FCA: 1_000_000, FOB: 1_000_000, CFR: 940_000, CPT: 940_000, CIF: 935_000, CIP: 935_000, DAP: 935_000, DPU: 935_000, DDP: 935_000,
    });
    expect(Object.fromEntries(INCOTERMS.map((term) => [term, fobCostsUsed(term)]))).toMatchObject({
      EXW: ['inlandCost'], FOB: [], FCA: [], CFR: ['freight'], CIF: ['freight', 'insurance'], DAP: ['freight', 'insurance'],
    });
  });

  it('is unknown, and names what is missing, when the incoterm needs a figure nobody entered', () => {
    const missing = Object.fromEntries(INCOTERMS.map((term) => [term, fobValueOf(term, 1_000_000, NONE)]));
    expect(missing.EXW).toEqual({ fobValue: null, missing: ['inlandCost'] });
    expect(missing.CFR).toEqual({ fobValue: null, missing: ['freight'] });
    expect(missing.CIF).toEqual({ fobValue: null, missing: ['freight', 'insurance'] });
    expect(missing.DAP).toEqual({ fobValue: null, missing: ['freight'] });
    expect(missing.FOB).toEqual({ fobValue: 1_000_000, missing: [] });
    // Insurance is optional under a D-term; an entered 0 is a figure.
    expect(fobValueOf('DDP', 1_000_000, { ...NONE, freight: 80_000 }).fobValue).toBe(920_000);
    expect(fobValueOf('CIF', 1_000_000, { inlandCost: null, freight: 0, insurance: 0 }).fobValue).toBe(1_000_000);
    expect(fobGaps('EXW', NONE, { fobValue: null, fobUsdCents: null, fobIdr: null })).toEqual(['inlandCost']);
    expect(fobGaps('FOB', NONE, { fobValue: 100, fobUsdCents: 100, fobIdr: null })).toEqual(['rate']);
  });

  it('crosses to dollars and rupiah at the day’s rates, and leaves a figure unknown without its rate, never 0', () => {
    expect(fobInUsdAndIdr(minorUnits(328_000), 'EUR', 19_341, 16_745)).toEqual({ fobUsdCents: 378_850, fobIdr: 63_438_480 });
    expect(fobInUsdAndIdr(minorUnits(502_500), 'USD', null, null)).toEqual({ fobUsdCents: 502_500, fobIdr: null });
    expect(fobInUsdAndIdr(minorUnits(84_000_000), 'IDR', null, null)).toEqual({ fobUsdCents: null, fobIdr: 84_000_000 });
    expect(fobInUsdAndIdr(null, 'USD', 16_745, 16_745)).toEqual({ fobUsdCents: null, fobIdr: null });
  });
});

describe('a whole split over parts by largest remainder', () => {
  it('gives the audit’s two half cents to one line only: the parts add up to the whole', () => {
    // USD 100,01 over two equal lines: rounding each (50,005 → 50,01) would make 100,02.
    expect(splitLargestRemainder(10_001, [1, 1])).toEqual([5_001, 5_000]);
    expect(splitLargestRemainder(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(splitLargestRemainder(10, [0, 0])).toEqual([5, 5]);
    expect(splitLargestRemainder(0, [3, 4])).toEqual([0, 0]);
  });

  it('always adds up, for any whole and weights', () => {
    let seed = 7;
    const next = () => (seed = (seed * 48_271) % 2_147_483_647);
    for (let round = 0; round < 500; round++) {
      const weights = Array.from({ length: 1 + (next() % 12) }, () => next() % 5_000_000);
      const whole = next() % 900_000_000;
      const parts = splitLargestRemainder(whole, weights);
      expect(parts.reduce((sum, part) => sum + part, 0)).toBe(whole);
      const total = weights.reduce((sum, w) => sum + w, 0);
      if (total > 0) parts.forEach((part, i) => expect(Math.abs(part - (whole * weights[i]) / total)).toBeLessThan(1));
    }
  });
});
