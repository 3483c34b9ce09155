import { useTranslation } from 'react-i18next';
import type { BackupState } from '../../../shared/api/system';
import { routeHash, type NavPage, type Route } from '../platform/common/hashRoute';
import { useApp } from '../platform/appContext';
import { localStamp } from '../platform/common/format';

const GROUPS: { key: string; items: { page: NavPage; icon: string }[] }[] = [
  {
    key: 'registry',
    items: [
      { page: 'dashboard', icon: '◐' },
      { page: 'summary', icon: '▦' },
      { page: 'members', icon: '◉' },
      { page: 'units', icon: '▣' },
      { page: 'centre', icon: '⌂' },
    ],
  },
  {
    key: 'supply',
    items: [
      { page: 'products', icon: '◈' },
      { page: 'materials', icon: '▤' },
      { page: 'buyers', icon: '◎' },
      { page: 'orders', icon: '☰' },
    ],
  },
  {
    key: 'production',
    items: [
      { page: 'plan', icon: '▥' },
      { page: 'purchases', icon: '⊞' },
      { page: 'workshops', icon: '⚒' },
      { page: 'calendar', icon: '▧' },
    ],
  },
  {
    key: 'export',
    items: [
      { page: 'shipments', icon: '⛴' },
      { page: 'exports', icon: '◷' },
      { page: 'roadmap', icon: '⚑' },
      { page: 'reports', icon: '▨' },
    ],
  },
];

export function SideNav({ route, backup }: { route: Route; backup: BackupState }) {
  const { t } = useTranslation();
  const { info } = useApp();
  return (
    <nav className="side-nav" aria-label={t('ui.shell.navigation')}>
      <div className="brand">
        <div className="brand-mark" aria-hidden="true">SP</div>
        <div>
          <div className="brand-name">{t('app.name')}</div>
          <div className="brand-tagline">{t('app.tagline')}</div>
        </div>
      </div>
      {GROUPS.map((group) => (
        <div key={group.key}>
          <div className="nav-section">{t(`ui.nav.${group.key}`)}</div>
          <ul>
            {group.items.map((item) => (
              <li key={item.page}>
                <a
                  href={routeHash({ page: item.page })}
                  className={(route.page === 'unitCard' ? 'units' : route.page) === item.page ? 'active' : ''}
                  aria-current={(route.page === 'unitCard' ? 'units' : route.page) === item.page ? 'page' : undefined}
                  data-testid={`nav-${item.page}`}
                >
                  <span className="nav-icon" aria-hidden="true">{item.icon}</span>
                  {t(`ui.nav.${item.page}`)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <div className="side-nav-footer" title={info.dbPath}>
        {t('ui.shell.version', { version: info.appVersion })}
        <div className={backup.failedAt ? 'side-nav-backup failed' : 'side-nav-backup'} title={backup.lastFile ?? backup.folder} data-testid="side-backup">
          {backup.failedAt ? `⚠ ${t('backup.sideFailed')} · ` : ''}
          {backup.lastAt ? t('backup.sideLast', { when: localStamp(backup.lastAt) }) : t('backup.sideNone')}
        </div>
      </div>
    </nav>
  );
}
