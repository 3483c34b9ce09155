import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../platform/api/client';
import { errorMessage, formatNumber } from '../platform/common/format';
import { navigate } from '../platform/common/hashRoute';
import { useApp } from '../platform/appContext';
import { LanguageSwitch } from './LanguageSwitch';

/** First start: an empty database. Offer the demo centre or an empty one. */
export function Welcome({ onStartEmpty }: { onStartEmpty(): void }) {
  const { t } = useTranslation();
  const { refresh, locale } = useApp();
  const [isLoading, setIsLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function loadDemo() {
    setIsLoading(true);
    setError(null);
    try {
      await call('demo:create', {});
      navigate({ page: 'dashboard' });
      await refresh();
    } catch (failure) {
      setError(errorMessage(failure));
      setIsLoading(false);
    }
  }

  function startEmpty() {
    onStartEmpty();
    navigate({ page: 'centre' });
  }

  return (
    <div className="welcome" data-testid="welcome">
      <div className="welcome-language">
        <LanguageSwitch />
      </div>
      <div className="welcome-panel">
        <div className="brand-mark large" aria-hidden="true">SP</div>
        <h1>{t('ui.welcome.title')}</h1>
        <p className="welcome-lead">{t('ui.welcome.lead')}</p>
        <div className="welcome-choices">
          <button type="button" className="choice" data-testid="welcome-demo" disabled={isLoading} onClick={() => void loadDemo()}>
            <strong>{t('ui.welcome.demo')}</strong>
            <span>
              {t('ui.welcome.demoHint', { members: formatNumber(276, locale), units: formatNumber(410, locale), workers: formatNumber(2500, locale) })}
            </span>
          </button>
          <button type="button" className="choice" data-testid="welcome-empty" disabled={isLoading} onClick={startEmpty}>
            <strong>{t('ui.welcome.empty')}</strong>
            <span>{t('ui.welcome.emptyHint')}</span>
          </button>
        </div>
        {isLoading ? <p className="welcome-status" data-testid="welcome-loading">{t('ui.welcome.loadingDemo')}</p> : null}
        {error ? (
          <p className="form-error" role="alert" data-testid="welcome-error">
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}
