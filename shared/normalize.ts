/**
 * How the registry's values are cleaned, in one place for the forms and the importers alike.
 * Each returns either the clean value or a message key with parameters for the i18n layer.
 */

export type Checked<T> = { ok: true; value: T } | { ok: false; key: string; params?: Record<string, string | number> };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const bad = <T>(key: string, params?: Record<string, string | number>): Checked<T> => ({ ok: false, key, params });

/** The KTP's NIK: exactly 16 digits, kept as text (Excel would show it in scientific notation). */
export function checkNik(raw: string): Checked<string> {
  const digits = raw.replace(/[\s.-]/g, '');
  if (!/^\d+$/.test(digits)) return bad('invalid.nikDigits');
  if (digits.length !== 16) return bad('invalid.nikLength', { count: digits.length });
  return ok(digits);
}

/**
 * Indonesian phone numbers normalised to the national `08…` form: `+62 812-3456-789`,
 * `62812…`, `812…` (Excel drops the leading zero of a number) all become `0812…`.
 */
export function normalizePhone(raw: string): Checked<string> {
  let digits = raw.replace(/[\s().-]/g, '');
  if (digits.startsWith('+')) digits = digits.slice(1);
  if (!/^\d+$/.test(digits)) return bad('invalid.phoneChars');
  if (digits.startsWith('62')) digits = '0' + digits.slice(2);
  else if (digits.startsWith('8')) digits = '0' + digits;
  if (!digits.startsWith('0')) return bad('invalid.phoneStart');
  if (digits.length < 9 || digits.length > 14) return bad('invalid.phoneLength', { count: digits.length });
  return ok(digits);
}

/**
 * A number as people type it in Indonesia (`1.234,5`, `1.234`, `2,5`) or as English sheets do
 * (`1,234.5`, `1,234,567`). A lone dot followed by exactly three digits is a thousands separator;
 * a lone comma is always the decimal sign.
 */
export function parseNumberText(raw: string): number | null {
  let text = raw.trim().replace(/^rp\.?\s*/i, '').replace(/\s|\u00a0/g, '');
  if (text === '') return null;
  const negative = /^-/.test(text) || /^\(.*\)$/.test(text);
  text = text.replace(/^[-(]|\)$/g, '');
  if (!/^[\d.,]+$/.test(text)) return null;
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  let normal: string;
  if (lastDot >= 0 && lastComma >= 0) {
    normal = lastComma > lastDot ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
  } else if (lastComma >= 0) {
    // A lone comma is the Indonesian decimal sign ("0,125", "1,500" = 1,5); several are English thousands.
    const parts = text.split(',');
    normal = parts.length === 2 ? parts.join('.') : parts.join('');
  } else if (lastDot >= 0) {
    const parts = text.split('.');
    normal = parts.length === 2 && parts[1].length !== 3 ? text : parts.join('');
  } else {
    normal = text;
  }
  if (!/^\d+(\.\d+)?$/.test(normal)) return null;
  const value = Number(normal);
  return negative ? -value : value;
}

export function checkWholeNonNegative(value: number | null): Checked<number> {
  if (value === null || !Number.isFinite(value)) return bad('invalid.notNumber');
  if (value < 0) return bad('invalid.negative');
  if (!Number.isInteger(value)) return bad('invalid.notWhole');
  return ok(value);
}

/** Compare header and category words without case, spaces or punctuation. */
export function foldKey(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]/g, '');
}
