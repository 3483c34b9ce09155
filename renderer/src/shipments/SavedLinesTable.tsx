import { useTranslation } from 'react-i18next';
import type { Shipment } from '../../../shared/api/shipments';
import { useApp } from '../app/appContext';
import { formatM3 } from './formatM3';
import { formatAmount, formatNumber, formatQty } from '../common/format';

/** A shipment's lines as they left (shipped, closed or cancelled): read only, with their carton numbers. */
export function SavedLinesTable({ shipment }: { shipment: Shipment }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  return (
    <div className="table-scroll shipment-lines-scroll">
      <table className="plain-table compact" data-testid="shipment-saved-lines">
        <thead>
          <tr>
            <th>{t('shipments.lines.orderNo')}</th>
            <th>{t('shipments.lines.product')}</th>
            <th className="num">{t('shipments.lines.qty')}</th>
            <th>{t('shipments.lines.cartonNo')}</th>
            <th className="num">{t('shipments.lines.netKg')}</th>
            <th className="num">{t('shipments.lines.grossKg')}</th>
            <th className="num">{t('shipments.lines.m3')}</th>
            <th className="num">{t('shipments.lines.value')}</th>
          </tr>
        </thead>
        <tbody>
          {shipment.lines.map((line) => (
            <tr key={line.id}>
              <td className="mono">{line.orderNo}</td>
              <td><span className="mono">{line.sku}</span> {line.productName}</td>
              <td className="num">{formatNumber(line.qty, locale)}</td>
              <td className="nowrap">{`${line.firstCarton}–${line.lastCarton}`}</td>
              <td className="num">{formatQty(line.netKg, locale)}</td>
              <td className="num">{formatQty(line.grossKg, locale)}</td>
              <td className="num">{formatM3(line.volumeM3, locale)}</td>
              <td className="num nowrap">{formatAmount(line.amount, shipment.currency, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
