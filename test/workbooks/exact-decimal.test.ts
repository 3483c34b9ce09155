import { describe, expect, it } from 'vitest';
import { decimalsOf, exactDecimal, sumOf } from '../../main/core/platform/workbook/style';

/** The totals a workbook caches are what SUM gives: exact in decimal, never rounded to what the cell shows. */
describe('cached sums', () => {
  it('counts the decimals a number has as written in its cell', () => {
    expect([12, 0.1, 165.8445, 0.032118, 1.5e-7, -2.25].map(decimalsOf)).toEqual([0, 1, 4, 6, 8, 2]);
  });

  it('sums exactly to the most decimals among the terms, without binary noise', () => {
    expect(sumOf([0.1, 0.2])).toBe(0.3);
    expect(sumOf([165.8, 0.0445])).toBe(165.8445);
    // Rounding to 4 decimals cached 2,2346 here while SUM gives 2,23456.
    expect(sumOf([1.23456, 1])).toBe(2.23456);
    expect(sumOf(['text', null, 4, new Date(0), 0.25])).toBe(4.25);
    expect(sumOf([])).toBe(0);
  });

  it('keeps a difference exact to its terms', () => {
    expect(exactDecimal(10.3 - 2.1, 1)).toBe(8.2);
    expect(exactDecimal(1 / 3, 20)).toBe(1 / 3);
  });
});
