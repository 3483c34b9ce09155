import { createInstance } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLocale, resources, type Locale } from '../../shared/i18n';
import { call, setCallLocale } from './platform/api/client';

/** The screens' i18next instance: the same dictionaries as the main side, `ui.*` for the screens. */
export const i18n = createInstance();

void i18n.use(initReactI18next).init({
  lng: 'id',
  fallbackLng: 'id',
  resources,
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export const LANGUAGE_PREF = 'ui.language';

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : 'id';
}

function apply(locale: Locale): void {
  setCallLocale(locale);
  document.documentElement.lang = locale;
  void i18n.changeLanguage(locale);
}

/** The language chosen last time (kept in the centre's database, so it follows the centre). */
export async function restoreLanguage(): Promise<Locale> {
  try {
    const { value } = await call('prefs:get', { key: LANGUAGE_PREF });
    const locale = isLocale(value) ? value : 'id';
    apply(locale);
    return locale;
  } catch {
    // Before the database answers (or without a token) the screens still speak Indonesian.
    apply('id');
    return 'id';
  }
}

export async function chooseLanguage(locale: Locale): Promise<void> {
  apply(locale);
  await call('prefs:set', { key: LANGUAGE_PREF, value: locale });
}
