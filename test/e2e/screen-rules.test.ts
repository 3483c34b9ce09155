import { describe, expect, it } from 'vitest';
import type { ExchangeRate } from '../../shared/domain/orders';
import { amountForInput, numberText } from '../../renderer/src/platform/common/formText';
import { rateOn } from '../../renderer/src/orders/rates/rateOn';
import { grossPerUnit } from '../../renderer/src/catalogue/products/bomModel';
import { suggestHsCode } from '../../renderer/src/catalogue/products/hsCode';

/** The rules the supply screens apply as the user types, without a browser. */
describe('numbers as typed in the forms', () => {
  it('reads a lone comma as the decimal sign and dots as thousands', () => {
    expect(amountForInput('0,125')).toBe(0.125);
    expect(amountForInput('1,500')).toBe(1.5);
    expect(amountForInput('1.500')).toBe(1500);
    expect(amountForInput('1.234,5')).toBe(1234.5);
    expect(amountForInput('0.125')).toBe(0.125);
    expect(amountForInput('Rp 350.000')).toBe(350000);
    expect(Number.isNaN(amountForInput('dua'))).toBe(true);
  });

  it('shows stored numbers the way they are typed back', () => {
    for (const value of [101000, 7.5, 0.0833, 1200, 12.25]) expect(amountForInput(numberText(value))).toBe(value);
    expect(numberText(101000)).toBe('101.000');
    expect(numberText(7.5)).toBe('7,5');
  });
});

describe('BOM gross per unit', () => {
  it('divides by what is left after cutting waste, and refuses 100 % waste', () => {
    expect(grossPerUnit({ materialCode: 'KLT-SPA', qtyPerUnit: '8', wastePct: '25' })).toBeCloseTo(10.6667, 4);
    expect(grossPerUnit({ materialCode: 'BNG-NLN', qtyPerUnit: '40', wastePct: '' })).toBe(40);
    expect(grossPerUnit({ materialCode: 'KLT-SPA', qtyPerUnit: '8', wastePct: '100' })).toBeNull();
  });
});

describe('HS code suggestion', () => {
  it('follows the outer material within 4202 and leaves other headings alone', () => {
    expect(suggestHsCode('4202.22', 'kulit')).toBe('4202.21');
    expect(suggestHsCode('4202.22', 'sintetis')).toBe('4202.22');
    expect(suggestHsCode('4202.31', 'tekstil')).toBe('4202.32');
    expect(suggestHsCode('4202.12', 'lainnya')).toBe('4202.19');
    expect(suggestHsCode('4203.30', 'sintetis')).toBe('4203.30');
  });
});

describe('the rate an order is valued at', () => {
  it('takes the rate of the order date, else the latest of at most 7 days before, else none', () => {
    const rates: ExchangeRate[] = [
      { currency: 'USD', validOn: '2026-10-09', idrPerUnit: 16828, source: null },
      { currency: 'USD', validOn: '2026-11-20', idrPerUnit: 16745, source: null },
      { currency: 'EUR', validOn: '2026-11-23', idrPerUnit: 19341, source: null },
    ];
    expect(rateOn(rates, 'USD', '2026-10-15')?.idrPerUnit).toBe(16828);
    expect(rateOn(rates, 'USD', '2026-11-23')?.validOn).toBe('2026-11-20');
    expect(rateOn(rates, 'USD', '2026-10-17')).toBeNull();
    expect(rateOn(rates, 'USD', '2026-09-30')).toBeNull();
    expect(rateOn(rates, 'USD', null)).toBeNull();
  });
});
