import { useTranslation } from 'react-i18next';
import { LOCALES } from '../../../shared/i18n';
import { useApp } from '../platform/appContext';

/** ID | EN: the choice is kept in the centre's database and applies at the next start too. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { locale, setLocale } = useApp();
  return (
    <div className="segmented" role="group" aria-label={t('ui.shell.language')}>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          className={option === locale ? 'active' : ''}
          aria-pressed={option === locale}
          title={t(`ui.shell.languageName.${option}`)}
          data-testid={`language-${option}`}
          onClick={() => setLocale(option)}
        >
          {option.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
