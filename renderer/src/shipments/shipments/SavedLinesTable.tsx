import { useTranslation } from 'react-i18next';
import type { Shipment } from '../../../../shared/api/shipments';
import { useApp } from '../../platform/appContext';
import { formatM3 } from './formatM3';
import { formatAmount, formatNumber, formatQty } from '../../platform/common/format';

/**
 * A shipment's lines as they left (shipped, closed or cancelled): read only, with their carton
 * numbers and, but for a cancelled one, what is ready of each order line now — ordered, accepted
 * at QC, on other shipments, ready; a line holding more than is ready is marked.
 */
export function SavedLinesTable({ shipment }: { shipment: Shipment }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const showsReady = shipment.status !== 'cancelled';
  return (
    <div className="table-scroll shipment-lines-scroll">
      <table className="plain-table compact" data-testid="shipment-saved-lines">
        <thead>
          <tr>
            <th>{t('shipments.lines.orderNo')}</th>
            <th>{t('shipments.lines.product')}</th>
            {showsReady ? (
              <>
                <th className="num">{t('shipments.lines.ordered')}</th>
                <th className="num">{t('shipments.lines.accepted')}</th>
                <th className="num">{t('shipments.lines.elsewhere')}</th>
                <th className="num" title={t('shipments.lines.readyHint')}>{t('shipments.lines.ready')}</th>
              </>
            ) : null}
            <th className="num">{t('shipments.lines.qty')}</th>
            <th>{t('shipments.lines.cartonNo')}</th>
            <th className="num">{t('shipments.lines.netKg')}</th>
            <th className="num">{t('shipments.lines.grossKg')}</th>
            <th className="num">{t('shipments.lines.m3')}</th>
            <th className="num">{t('shipments.lines.value')}</th>
          </tr>
        </thead>
        <tbody>
          {shipment.lines.map((line, index) => {
            const isBeyondReady = showsReady && line.qty > line.readyQty;
            const testId = `shipment-saved-line-${index}`;
            return (
              <tr key={line.id} data-testid={testId}>
                <td className="mono">{line.orderNo}</td>
                <td><span className="mono">{line.sku}</span> {line.productName}</td>
                {showsReady ? (
                  <>
                    <td className="num">{formatNumber(line.orderedQty, locale)}</td>
                    <td className="num" data-testid={`${testId}-accepted`}>{formatNumber(line.acceptedQty, locale)}</td>
                    <td className="num">{formatNumber(line.elsewhereQty, locale)}</td>
                    <td className="num" data-testid={`${testId}-ready`}>{formatNumber(line.readyQty, locale)}</td>
                  </>
                ) : null}
                <td className="num">
                  {formatNumber(line.qty, locale)}
                  {isBeyondReady ? <div className="small beyond-ready" data-testid={`${testId}-beyond`}>{t('shipments.lines.beyondReady')}</div> : null}
                </td>
                <td className="nowrap">{`${line.firstCarton}–${line.lastCarton}`}</td>
                <td className="num">{formatQty(line.netKg, locale)}</td>
                <td className="num">{formatQty(line.grossKg, locale)}</td>
                <td className="num">{formatM3(line.volumeM3, locale)}</td>
                <td className="num nowrap">{formatAmount(line.amount, shipment.currency, locale)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
