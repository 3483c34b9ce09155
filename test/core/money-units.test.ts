import { describe, expect, it } from 'vitest';
import { CURRENCIES, isCurrency, rupiah, sumOf, toMinor, toRupiah, usdCents, type Rupiah, type UsdCents } from '../../shared/money';

/** Held to the unit: a function that asks for US cents. */
function dollarsOf(cents: UsdCents): number {
  return cents / 100;
}

describe('money kept in named units', () => {
  it('knows our currencies and nothing else', () => {
    for (const code of CURRENCIES) expect(isCurrency(code)).toBe(true);
    for (const code of ['usd', 'GBP', '', 'IDR ', null, 12]) expect(isCurrency(code)).toBe(false);
  });

  it('keeps the numbers as they are (the unit is for the type checker only)', () => {
    expect(usdCents(1250) + 0).toBe(1250);
    expect(toMinor(12.5, 'USD')).toBe(1250);
    expect(toRupiah(1250, 'USD', 16_000)).toBe(200_000);
    expect(sumOf([rupiah(1_000), rupiah(2_500)])).toBe(3_500);
    expect(JSON.stringify({ fobUsdCents: usdCents(72554) })).toBe('{"fobUsdCents":72554}');
  });

  it('tells rupiah from US cents at compile time', () => {
    const salary: Rupiah = rupiah(1_500_000);
    // @ts-expect-error rupiah are not US cents: tsc fails this file if the brands ever stop telling them apart
    const wrong = dollarsOf(salary);
    expect(wrong).toBe(15_000);
    expect(dollarsOf(usdCents(72554))).toBe(725.54);
  });
});
