import { useTranslation } from 'react-i18next';
import { useApp } from '../../platform/appContext';
import { formatAmount, formatNumber } from '../../platform/common/format';
import { m3Text } from './shipmentsFormat';

/**
 * The four sums every line of the shipments report's tables has: shipments, cartons, m³ and FOB in
 * USD. The FOB sums only the known values: none known reads "no data", some left out are marked
 * with `*` (named in the note under the tables).
 */
export function ShipmentSumCells({ sums, leftOut = 0 }: { sums: { shipments: number; cartons: number | null; volumeM3: number | null; fobUsdCents: number | null }; leftOut?: number }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const note = leftOut > 0 ? t('reportShipments.withoutFobShort', { count: leftOut }) : undefined;
  return (
    <>
      <td className="num">{formatNumber(sums.shipments, locale)}</td>
      <td className="num">{sums.cartons === null ? t('reportShipments.noData') : formatNumber(sums.cartons, locale)}</td>
      <td className="num nowrap">{sums.volumeM3 === null ? t('reportShipments.noData') : m3Text(sums.volumeM3, locale)}</td>
      {sums.fobUsdCents === null ? (
        <td className="num no-data" title={note} data-testid="shipments-fob-unknown">{t('reportShipments.noData')}</td>
      ) : (
        <td className="num nowrap" title={note}>{`${formatAmount(sums.fobUsdCents, 'USD', locale)}${leftOut > 0 ? ' *' : ''}`}</td>
      )}
    </>
  );
}
