import type { TFunction } from 'i18next';
import { COUNTRIES } from '../../../../shared/countries';
import type { Locale } from '../../../../shared/i18n';
import { CURRENCIES } from '../../../../shared/money';
import { UOMS } from '../../../../shared/units';

/** The options of the selects that several forms share, in the chosen language. */
export interface Choice {
  value: string;
  label: string;
}

const NONE: Choice = { value: '', label: '—' };

/** Countries by name in the chosen language, A to Z; the code beside the name, as documents write it. */
export function countryChoices(locale: Locale, t: TFunction): Choice[] {
  const countries = Object.entries(COUNTRIES)
    .map(([code, names]) => ({ value: code, label: `${names[locale]} (${code})` }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  return [{ value: '', label: t('ui.form.choose') }, ...countries];
}

export function countryName(code: string, locale: Locale): string {
  return COUNTRIES[code]?.[locale] ?? code;
}

export function currencyChoices(): Choice[] {
  return CURRENCIES.map((currency) => ({ value: currency, label: currency }));
}

/** Units of measure with their words (`sqft — kaki persegi`). */
export function uomChoices(t: TFunction, isOptional = false): Choice[] {
  const units = UOMS.map((uom) => ({ value: uom, label: `${uom} — ${t(`ui.uom.${uom}`)}` }));
  return isOptional ? [NONE, ...units] : units;
}

/** A fixed list translated by prefix (`ui.buyerKind.export`), with an empty choice when optional. */
export function listChoices(values: readonly string[], t: TFunction, prefix: string | null, isOptional = false): Choice[] {
  const choices = values.map((value) => ({ value, label: prefix ? t(`${prefix}.${value}`) : value }));
  return isOptional ? [NONE, ...choices] : choices;
}

/** The typed value back from a select, when it is one of the list's. */
export function pick<V extends string>(values: readonly V[], text: string): V | undefined {
  return values.find((value) => value === text);
}
