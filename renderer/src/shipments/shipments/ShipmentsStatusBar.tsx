import { useTranslation } from 'react-i18next';
import type { ShipmentSummary } from '../../../../shared/api/shipments';
import { useApp } from '../../platform/appContext';
import { formatM3 } from './formatM3';
import { formatAmount, formatNumber } from '../../platform/common/format';

/** Under the table: the shipments listed, their cartons, m³ and FOB value in USD (cancelled ones left out), and how many the filters show. */
export function ShipmentsStatusBar({ rows, displayed }: { rows: ShipmentSummary[] | null; displayed: number }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  if (!rows) return <div className="status-bar">{t('ui.common.loading')}</div>;
  const live = rows.filter((row) => row.status !== 'cancelled');
  const sum = (pick: (row: ShipmentSummary) => number) => live.reduce((total, row) => total + pick(row), 0);
  // Shipments whose FOB is unknown are not summed as 0: the total says how many it leaves out.
  const unknownFob = live.filter((row) => row.fobUsdCents === null).length;
  const fobText = `${formatAmount(sum((r) => r.fobUsdCents ?? 0), 'USD', locale)}${unknownFob > 0 ? ` (${t('shipments.fobUnknownCount', { count: unknownFob })})` : ''}`;
  return (
    <div className="status-bar">
      <span data-testid="shipments-count">
        {t('shipments.count', {
          count: rows.length, total: formatNumber(rows.length, locale), cartons: formatNumber(sum((r) => r.cartons), locale),
          m3: formatM3(sum((r) => r.volumeM3), locale), fob: fobText,
        })}
      </span>
      {displayed !== rows.length ? (
        <span className="status-filtered" data-testid="shipments-shown">
          {t('ui.common.shown', { count: displayed, shown: formatNumber(displayed, locale) })}
        </span>
      ) : null}
      <span className="status-hint">{t('shipments.openHint')}</span>
    </div>
  );
}
