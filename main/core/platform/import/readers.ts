import { countryCode } from '../../../../shared/countries';
import { translator } from '../../../../shared/i18n';
import { foldKey, parseNumberText, type Checked } from '../../../../shared/normalize';
import { asNumber, asText, type RawCell } from './cells';
import type { Reader } from './rows';
import { COUNTRY_WORDS, CURRENCY_WORDS, UOM_WORDS } from './words';

/** Readers shared by the kinds: numbers with their blank rule, words for codes, HS codes, percentages. */

const ok = (value: unknown): Checked<unknown> => ({ ok: true, value });

/**
 * A known word's code, the blank default, or the text itself for the schema to refuse with the
 * message listing the codes. `undefined` as the default lets the schema's own default apply.
 */
export function fromWords<T>(words: Record<string, T>, blank: T | null | undefined): Reader {
  return (cell: RawCell) => {
    const text = asText(cell);
    if (!text.ok) return text;
    if (text.value === null) return ok(blank);
    return ok(words[foldKey(text.value)] ?? text.value);
  };
}

/**
 * The word table plus what the app itself writes for each code in either language (the export
 * writes "saldo awal" or "opening" for `opening`), so an exported workbook always comes back.
 */
export function withLabels(words: Record<string, string>, codes: readonly string[], labelKey: (code: string) => string): Record<string, string> {
  const all: Record<string, string> = { ...words };
  for (const locale of ['id', 'en'] as const) {
    const t = translator(locale);
    for (const code of codes) all[foldKey(t(labelKey(code)))] = code;
  }
  for (const code of codes) all[foldKey(code)] = code;
  return all;
}

/**
 * A number cell. `required` refuses a blank cell with "wajib diisi"; `default` hands the schema
 * `undefined` so its default applies; `none` gives null for an optional measure.
 */
export function numberCell(blank: 'required' | 'default' | 'none'): Reader {
  return (cell: RawCell) => {
    const number = asNumber(cell);
    if (!number.ok || number.value !== null) return number;
    if (blank === 'required') return { ok: false, key: 'invalid.required' };
    return ok(blank === 'default' ? undefined : null);
  };
}

/** A cell that must be filled, whatever its reader: blank says "wajib diisi". */
export function required(read: Reader): Reader {
  return (cell: RawCell) => {
    const checked = read(cell);
    if (checked.ok && (checked.value === null || checked.value === undefined)) return { ok: false, key: 'invalid.required' };
    return checked;
  };
}

/** `25`, `25 %`, `25,5%`, or a cell formatted as percent (Excel stores 0,25 and shows 25 %). */
export function readPercent(cell: RawCell): Checked<unknown> {
  const { value } = cell;
  if (typeof value === 'number' && (cell.numFmt ?? '').includes('%')) return ok(Math.round(value * 1e6) / 1e4);
  if (typeof value === 'string' && value.includes('%')) {
    const parsed = parseNumberText(value.replace('%', ''));
    return parsed === null ? { ok: false, key: 'invalid.notNumber' } : ok(parsed);
  }
  return numberCell('default')(cell);
}

export const readUom: Reader = fromWords(UOM_WORDS, undefined);
export const readOptionalUom: Reader = fromWords(UOM_WORDS, null);

/** `USD`, `usd`, `Rp`, `rupiah`, `US$`: the ISO code, or the text for the schema to refuse. */
export function readCurrency(cell: RawCell): Checked<unknown> {
  const text = asText(cell);
  if (!text.ok || text.value === null) return text.ok ? ok(undefined) : text;
  const folded = foldKey(text.value.replace(/\$/g, ''));
  return ok(CURRENCY_WORDS[folded] ?? text.value.toUpperCase());
}

/** `JP`, `Jepang`, `Japan`, `USA`: the ISO code, or the text for the schema to refuse. */
export function readCountry(cell: RawCell): Checked<unknown> {
  const text = asText(cell);
  if (!text.ok || text.value === null) return text;
  return ok(countryCode(text.value) ?? COUNTRY_WORDS[foldKey(text.value)] ?? text.value);
}

/**
 * An HS code however it arrives: `4202.22`, `4202.22.10`, `420222`, or a number because Excel
 * took it for one (4202.2 when someone typed 4202.20; 10121 when it dropped the 0 of 010121).
 */
export function readHsCode(cell: RawCell): Checked<unknown> {
  const { value } = cell;
  if (typeof value !== 'number') return asText(cell);
  if (Number.isInteger(value)) {
    const digits = value.toFixed(0);
    return ok(digits.length === 5 || digits.length === 7 ? `0${digits}` : digits);
  }
  const decimals = String(value).split('.')[1]?.length ?? 0;
  return ok(value.toFixed(decimals <= 2 ? 2 : 4));
}

/** "FOB Surabaya" names its place after the term; the term is the first word. */
export function readIncoterm(cell: RawCell): Checked<unknown> {
  const text = asText(cell);
  if (!text.ok || text.value === null) return text;
  return ok(text.value.trim().split(/\s+/)[0].toUpperCase());
}
