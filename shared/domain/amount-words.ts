import { CURRENCIES, minorDigits, type Currency } from '../money';

/**
 * An invoice's total in English words, as banks and L/C papers want it under the figure:
 * "SAY: US DOLLARS NINE THOUSAND SEVEN HUNDRED NINETY AND CENTS FIFTEEN ONLY". Written from the
 * minor units, so the words and the figure cannot disagree.
 */

const ONES = ['ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE', 'TEN', 'ELEVEN', 'TWELVE', 'THIRTEEN', 'FOURTEEN', 'FIFTEEN', 'SIXTEEN', 'SEVENTEEN', 'EIGHTEEN', 'NINETEEN'];
const TENS = ['', '', 'TWENTY', 'THIRTY', 'FORTY', 'FIFTY', 'SIXTY', 'SEVENTY', 'EIGHTY', 'NINETY'];
const SCALES: [number, string][] = [[1e12, 'TRILLION'], [1e9, 'BILLION'], [1e6, 'MILLION'], [1e3, 'THOUSAND']];

const NAMES: Record<Currency, { major: string; minor: string }> = {
  USD: { major: 'US DOLLARS', minor: 'CENTS' },
  EUR: { major: 'EUROS', minor: 'CENTS' },
  JPY: { major: 'JAPANESE YEN', minor: '' },
  CNY: { major: 'CHINESE YUAN', minor: 'FEN' },
  SGD: { major: 'SINGAPORE DOLLARS', minor: 'CENTS' },
  MYR: { major: 'MALAYSIAN RINGGIT', minor: 'SEN' },
  AUD: { major: 'AUSTRALIAN DOLLARS', minor: 'CENTS' },
  IDR: { major: 'INDONESIAN RUPIAH', minor: '' },
};

function belowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const parts = hundreds > 0 ? [`${ONES[hundreds]} HUNDRED`] : [];
  if (rest >= 20) parts.push(rest % 10 === 0 ? TENS[rest / 10] : `${TENS[Math.floor(rest / 10)]}-${ONES[rest % 10]}`);
  else if (rest > 0) parts.push(ONES[rest]);
  return parts.join(' ');
}

/** A whole number in English words: 9790 → "NINE THOUSAND SEVEN HUNDRED NINETY". */
export function numberInWords(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a whole amount: ${n}`);
  if (n === 0) return ONES[0];
  const parts: string[] = [];
  let rest = n;
  for (const [size, name] of SCALES) {
    if (rest >= size) {
      parts.push(`${belowThousand(Math.floor(rest / size))} ${name}`);
      rest %= size;
    }
  }
  if (rest > 0) parts.push(belowThousand(rest));
  return parts.join(' ');
}

/** "SAY: US DOLLARS … ONLY" for an amount in minor units of a currency. */
export function amountInWords(minor: number, code: string): string {
  const currency = CURRENCIES.find((c) => c === code) ?? 'USD';
  const digits = minorDigits(currency);
  const major = Math.floor(minor / 10 ** digits);
  const cents = minor - major * 10 ** digits;
  const name = NAMES[currency];
  const centsPart = cents > 0 && name.minor ? ` AND ${name.minor} ${numberInWords(cents)}` : '';
  return `${name.major} ${numberInWords(major)}${centsPart} ONLY`;
}
