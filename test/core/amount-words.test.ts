import { describe, expect, it } from 'vitest';
import { amountInWords, numberInWords } from '../../shared/domain/amount-words';

describe('an invoice total in words, as a bank reads it under the figure', () => {
  it('spells whole numbers the way export invoices do', () => {
    expect(numberInWords(0)).toBe('ZERO');
    expect(numberInWords(15)).toBe('FIFTEEN');
    expect(numberInWords(40)).toBe('FORTY');
    expect(numberInWords(9_790)).toBe('NINE THOUSAND SEVEN HUNDRED NINETY');
    expect(numberInWords(1_002_305)).toBe('ONE MILLION TWO THOUSAND THREE HUNDRED FIVE');
    expect(numberInWords(348_430)).toBe('THREE HUNDRED FORTY-EIGHT THOUSAND FOUR HUNDRED THIRTY');
  });

  it('writes the cents from the same minor units as the figure, and no cents for yen or rupiah', () => {
    expect(amountInWords(979_015, 'USD')).toBe('US DOLLARS NINE THOUSAND SEVEN HUNDRED NINETY AND CENTS FIFTEEN ONLY');
    expect(amountInWords(979_000, 'USD')).toBe('US DOLLARS NINE THOUSAND SEVEN HUNDRED NINETY ONLY');
    expect(amountInWords(1_250_000, 'JPY')).toBe('JAPANESE YEN ONE MILLION TWO HUNDRED FIFTY THOUSAND ONLY');
    expect(amountInWords(500_005, 'EUR')).toBe('EUROS FIVE THOUSAND AND CENTS FIVE ONLY');
  });
});
