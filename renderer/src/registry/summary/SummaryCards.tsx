import { useTranslation } from 'react-i18next';
import type { RegistrySummary } from '../../../../shared/api/registry';
import { useApp } from '../../platform/appContext';
import { formatNumber } from '../../platform/common/format';

/** The five figures a manager is asked for most: members, active members, units, active units, workers. */
export function SummaryCards({ summary }: { summary: RegistrySummary }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const fmt = (value: number) => formatNumber(value, locale);
  const cards = [
    { key: 'members', value: summary.members, note: t('ui.summary.membersNote', { active: fmt(summary.activeMembers) }), href: '#/members' },
    { key: 'activeMembers', value: summary.activeMembers, note: t('ui.summary.share', { share: share(summary.activeMembers, summary.members, locale) }), href: '#/members' },
    { key: 'units', value: summary.units, note: t('ui.summary.activeOf', { active: fmt(summary.activeUnits) }), href: '#/units' },
    { key: 'activeUnits', value: summary.activeUnits, note: t('ui.summary.share', { share: share(summary.activeUnits, summary.units, locale) }), href: '#/units' },
    { key: 'workers', value: summary.workers, note: t('ui.summary.capacity', { capacity: fmt(summary.monthlyCapacity) }), href: '#/units' },
  ];
  return (
    <div className="summary-cards">
      {cards.map((card) => (
        <a className="summary-card" key={card.key} href={card.href} data-testid={`summary-${card.key}`}>
          <span className="summary-label">{t(`ui.summary.card.${card.key}`)}</span>
          <span className="summary-value" data-testid={`summary-${card.key}-value`}>{fmt(card.value)}</span>
          <span className="summary-note">{card.note}</span>
        </a>
      ))}
    </div>
  );
}

function share(part: number, whole: number, locale: 'id' | 'en'): string {
  if (whole === 0) return '–';
  return `${formatNumber(Math.round((part / whole) * 1000) / 10, locale)} %`;
}
