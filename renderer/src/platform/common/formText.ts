import { parseDateText } from '../../../../shared/dates';
import { parseNumberText } from '../../../../shared/normalize';

/** How records become form text and typed text becomes values again, for every form alike. */

/** A missing value as an empty field; numbers as typed digits. */
export function textOf(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

const FORM_NUMBER = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 4 });

/** A stored number as the form shows it, the way it is typed here: `1.200`, `7,5`, `0,0833`. */
export function numberText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : FORM_NUMBER.format(value);
}

/** A typed date as ISO when it reads as a real date; as typed otherwise, so the schema names it. */
export function dateForInput(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return parseDateText(trimmed) ?? trimmed;
}

/** Whole numbers typed the Indonesian way (`1.200`); NaN when unreadable, so the schema says "must be a number". */
export function numberForInput(text: string): number {
  return parseNumberText(text) ?? Number.NaN;
}

/**
 * Quantities and prices with a decimal comma, as typed here: `0,125`, `2,5`, `1.234,5`. A lone
 * comma is always the decimal sign (`1,500` is one and a half), and `0.125` is never a thousand.
 */
export function amountForInput(text: string): number {
  const trimmed = text.trim();
  if (/^-?\d+,\d+$/.test(trimmed) || /^-?0\.\d+$/.test(trimmed)) return Number(trimmed.replace(',', '.'));
  return numberForInput(trimmed);
}

/** An optional number field: null when left empty. */
export function optionalAmount(text: string): number | null {
  return text.trim() === '' ? null : amountForInput(text);
}

/** Empty text as null, for optional fields the schemas take as nullish. */
export function textOrNull(text: string): string | null {
  return text.trim() === '' ? null : text;
}
