import { useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { Locale } from '../../../../shared/i18n';
import { AppContext, useApp } from '../appContext';

/**
 * A document printed in a language of its own, whatever the screens speak: export papers go to
 * buyers abroad in English. Everything inside (letterhead, dates, signatures) follows it; the
 * toolbar around the page keeps the user's language.
 */
export function DocumentLanguage({ locale, children }: { locale?: Locale; children: ReactNode }) {
  const { i18n } = useTranslation();
  const app = useApp();
  const fixed = useMemo(() => (locale ? i18n.cloneInstance({ lng: locale }) : null), [i18n, locale]);
  const state = useMemo(() => (locale ? { ...app, locale } : app), [app, locale]);
  if (!fixed) return <>{children}</>;
  return (
    <I18nextProvider i18n={fixed}>
      <AppContext.Provider value={state}>{children}</AppContext.Provider>
    </I18nextProvider>
  );
}
