import { useApp } from '../app/appContext';
import { formatAmount, formatNumber } from '../common/format';
import { m3Text } from './shipmentsFormat';

/** The four sums every line of the shipments report's tables has: shipments, cartons, m³ and FOB in USD. */
export function ShipmentSumCells({ sums }: { sums: { shipments: number; cartons: number; volumeM3: number; fobUsd: number } }) {
  const { locale } = useApp();
  return (
    <>
      <td className="num">{formatNumber(sums.shipments, locale)}</td>
      <td className="num">{formatNumber(sums.cartons, locale)}</td>
      <td className="num nowrap">{m3Text(sums.volumeM3, locale)}</td>
      <td className="num nowrap">{formatAmount(sums.fobUsd, 'USD', locale)}</td>
    </>
  );
}
