import { useTranslation } from 'react-i18next';
import type { ShipmentsReport } from '../../../../shared/api/report-shipments';
import { useApp } from '../../platform/appContext';
import { formatNumber } from '../../platform/common/format';
import { cardMoney } from '../../platform/common/reportFormat';
import { m3Text } from './shipmentsFormat';

/** The four figures of the shipments report; `print` lays them out as the printed page's strip. */
export function ShipmentsHeadline({ report, print = false }: { report: ShipmentsReport; print?: boolean }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const s = (key: string, params?: Record<string, unknown>) => t(`reportShipments.screen.${key}`, params);
  const { totals } = report;
  const noData = t('reportShipments.noData');
  const largest = report.byCountry[0];
  // A sum of the known FOB values; the shipments it leaves out are counted in its note (and named under the tables).
  const money = (minor: number | null, currency: 'USD' | 'IDR') => {
    const leftOut = report.withoutFob.filter((s) => s.leftOutOf.includes(currency === 'USD' ? 'fobUsdCents' : 'fobIdr')).length;
    const without = leftOut > 0 ? t('reportShipments.withoutFobShort', { count: leftOut }) : null;
    if (minor === null) return { value: noData, note: without ?? '' };
    const { value, exact } = cardMoney(minor, currency, locale, t);
    return { value, note: [exact, without].filter((text) => text !== null).join(' · ') };
  };
  const cards = [
    {
      key: 'shipments', label: s('shipments'), value: formatNumber(totals.shipments, locale),
      note: totals.cartons !== null && totals.volumeM3 !== null ? s('shipmentsNote', { cartons: formatNumber(totals.cartons, locale), m3: m3Text(totals.volumeM3, locale) }) : '',
    },
    { key: 'fobUsd', label: s('fobUsd'), ...money(totals.fobUsdCents, 'USD') },
    { key: 'fobIdr', label: s('fobIdr'), ...money(totals.fobIdr, 'IDR') },
    {
      key: 'countries', label: s('countries'), value: formatNumber(totals.countries, locale),
      note: largest ? s('countriesNote', { country: largest.label }) : '',
    },
  ];
  return (
    <div className={print ? 'print-headline' : 'headline-figures'} data-testid={print ? 'print-headline' : 'shipments-headline'}>
      {cards.map((card) => (
        <div className={print ? undefined : `summary-card headline-${card.key}`} key={card.key} data-testid={`shipments-${card.key}`}>
          <div className={print ? 'print-headline-label' : 'summary-label'}>{card.label}</div>
          <div className={`${print ? 'print-headline-value' : 'headline-value'}${card.value === noData ? ' is-absent' : ''}`} data-testid={`shipments-${card.key}-value`}>
            {card.value}
          </div>
          <div className={print ? 'print-headline-note' : 'summary-note'} data-testid={`shipments-${card.key}-note`}>{card.note}</div>
        </div>
      ))}
    </div>
  );
}
