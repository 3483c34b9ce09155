import { CURRENCIES, minorDigits, type Currency } from '../money';

/**
 * An amount in English words as banks read it on a proforma or an invoice: "US DOLLARS ELEVEN
 * THOUSAND THREE HUNDRED EIGHTEEN AND CENTS FIFTY-EIGHT ONLY". Exact from the minor units (no
 * floating point): whole units in words, the minor units in words after "AND CENTS".
 */

const NAMES: Record<Currency, { major: string; minor: string }> = {
  IDR: { major: 'INDONESIAN RUPIAH', minor: '' },
  USD: { major: 'US DOLLARS', minor: 'CENTS' },
  EUR: { major: 'EUROS', minor: 'CENTS' },
  JPY: { major: 'JAPANESE YEN', minor: '' },
  CNY: { major: 'CHINESE YUAN', minor: 'FEN' },
  SGD: { major: 'SINGAPORE DOLLARS', minor: 'CENTS' },
  MYR: { major: 'MALAYSIAN RINGGIT', minor: 'SEN' },
  AUD: { major: 'AUSTRALIAN DOLLARS', minor: 'CENTS' },
};

const ONES = ['ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE', 'TEN', 'ELEVEN', 'TWELVE', 'THIRTEEN', 'FOURTEEN', 'FIFTEEN', 'SIXTEEN', 'SEVENTEEN', 'EIGHTEEN', 'NINETEEN'];
const TENS = ['', '', 'TWENTY', 'THIRTY', 'FORTY', 'FIFTY', 'SIXTY', 'SEVENTY', 'EIGHTY', 'NINETY'];
const SCALES = ['', 'THOUSAND', 'MILLION', 'BILLION', 'TRILLION'];

function belowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const restWords = rest === 0 ? '' : rest < 20 ? ONES[rest] : `${TENS[Math.floor(rest / 10)]}${rest % 10 ? `-${ONES[rest % 10]}` : ''}`;
  return [hundreds ? `${ONES[hundreds]} HUNDRED` : '', restWords].filter(Boolean).join(' ');
}

/** A whole number from 0 below 10^15 in words: 11318 → "ELEVEN THOUSAND THREE HUNDRED EIGHTEEN". */
export function numberWords(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0 || n >= 1e15) throw new RangeError(`no words for ${n}`);
  if (n === 0) return ONES[0];
  const groups: string[] = [];
  for (let scale = 0, rest = n; rest > 0; scale++, rest = Math.floor(rest / 1000)) {
    const group = rest % 1000;
    if (group) groups.unshift([belowThousand(group), SCALES[scale]].filter(Boolean).join(' '));
  }
  return groups.join(' ');
}

/** The amount (minor units of its currency) in words, "… ONLY"; null for a currency it cannot name or a negative amount. */
export function amountWords(minor: number, currencyCode: string): string | null {
  const currency = CURRENCIES.find((code) => code === currencyCode);
  if (!currency || !Number.isSafeInteger(minor) || minor < 0) return null;
  const factor = 10 ** minorDigits(currency);
  const major = Math.floor(minor / factor);
  const cents = minor % factor;
  const name = NAMES[currency];
  const words = [name.major, numberWords(major), cents ? `AND ${name.minor} ${numberWords(cents)}` : '', 'ONLY'];
  return words.filter(Boolean).join(' ');
}
