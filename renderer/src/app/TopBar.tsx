import { useTranslation } from 'react-i18next';
import { useApp } from '../platform/appContext';
import { LanguageSwitch } from './LanguageSwitch';

/** The centre the data belongs to, always in sight; the language switch. */
export function TopBar() {
  const { t } = useTranslation();
  const { centre } = useApp();
  return (
    <header className="top-bar">
      <div className="top-bar-centre">
        <div className="centre-name" data-testid="header-centre-name">
          {centre.isConfigured ? centre.name : t('ui.shell.noCentre')}
        </div>
        {centre.cooperativeName ? <div className="centre-cooperative">{centre.cooperativeName}</div> : null}
      </div>
      <LanguageSwitch />
    </header>
  );
}
