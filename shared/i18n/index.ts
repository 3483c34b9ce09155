import { createInstance } from 'i18next';
import { en } from './en';
import { id } from './id';

export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const resources = { id: { translation: id }, en: { translation: en } };

/** Message key (`errors.notFound`) and interpolation values to text. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

const translators = new Map<Locale, Translate>();

/** A translator for one language, built once; the same dictionaries serve main and renderer. */
export function translator(locale: Locale): Translate {
  const cached = translators.get(locale);
  if (cached) return cached;
  const instance = createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: 'id',
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const t: Translate = (key, params) => String(instance.t(key, params ?? {}));
  translators.set(locale, t);
  return t;
}

export function isLocale(value: unknown): value is Locale {
  return value === 'id' || value === 'en';
}
