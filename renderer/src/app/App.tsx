import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SystemInfo } from '../../../shared/api/system';
import type { Centre } from '../../../shared/domain/centre';
import type { Locale } from '../../../shared/i18n';
import { call } from '../platform/api/client';
import { errorMessage } from '../platform/common/format';
import { parseRoute, useHash } from '../platform/common/hashRoute';
import { chooseLanguage, restoreLanguage } from '../i18n';
import { PrintView } from './PrintView';
import { AppContext, type AppState } from '../platform/appContext';
import { Shell } from './Shell';
import { Welcome } from './Welcome';

interface Loaded {
  info: SystemInfo;
  centre: Centre;
}

async function loadBasics(): Promise<Loaded> {
  const [info, centre] = await Promise.all([call('system:info', {}), call('centre:get', {})]);
  return { info, centre };
}

/** Boots the screens: language first, then the centre; routes by hash. */
export function App() {
  const { t } = useTranslation();
  const [locale, setLocaleState] = useState<Locale>('id');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [bootError, setBootError] = useState<string | null>(null);
  const [startedEmpty, setStartedEmpty] = useState(false);
  const route = parseRoute(useHash());

  const refresh = useCallback(async () => setLoaded(await loadBasics()), []);

  useEffect(() => {
    restoreLanguage()
      .then((restored) => {
        setLocaleState(restored);
        return loadBasics();
      })
      .then(setLoaded)
      .catch((error: unknown) => setBootError(errorMessage(error)));
  }, []);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    chooseLanguage(next).catch((error: unknown) => setBootError(errorMessage(error)));
  }, []);

  const state = useMemo<AppState | null>(
    () => (loaded ? { ...loaded, locale, setLocale, refresh } : null),
    [loaded, locale, setLocale, refresh],
  );

  if (bootError) {
    return (
      <div className="boot-message boot-error" role="alert" data-testid="boot-error">
        <h1>{t('ui.boot.failed')}</h1>
        <p>{bootError}</p>
      </div>
    );
  }
  if (!state) return <div className="boot-message" data-testid="booting">{t('ui.common.loading')}</div>;

  let screen;
  if (route.page === 'print') screen = <PrintView route={route} />;
  else if (state.info.isEmpty && !startedEmpty) screen = <Welcome onStartEmpty={() => setStartedEmpty(true)} />;
  else screen = <Shell route={route} />;
  return <AppContext.Provider value={state}>{screen}</AppContext.Provider>;
}
