import { useTranslation } from 'react-i18next';
import type { PurchaseOrder } from '../../../shared/api/production';
import { formatDateLong } from '../../../shared/dates';
import { useApp } from '../platform/appContext';

/** The top of a printed PO: the supplier it goes to on the left, its number and dates on the right. */
export function PurchaseOrderHead({ po }: { po: PurchaseOrder }) {
  const { t } = useTranslation();
  const { centre, locale } = useApp();
  const deliverTo = [centre.cooperativeName ?? centre.name, centre.address, centre.regency].filter(Boolean).join(', ');
  return (
    <section className="po-head" data-testid="po-head">
      <div className="po-to">
        <div>{t('purchasing.print.to')}</div>
        <div className="po-supplier" data-testid="po-print-supplier">{po.supplier}</div>
      </div>
      <table className="po-facts">
        <tbody>
          <tr>
            <th>{t('purchasing.print.poNo')}</th>
            <td className="po-facts-number" data-testid="po-print-number">{po.poNo}</td>
          </tr>
          <tr>
            <th>{t('purchasing.print.orderDate')}</th>
            <td>{formatDateLong(po.orderDate, locale)}</td>
          </tr>
          <tr>
            <th>{t('purchasing.print.expectedOn')}</th>
            <td data-testid="po-print-expected">{formatDateLong(po.expectedOn, locale)}</td>
          </tr>
          {deliverTo ? (
            <tr>
              <th>{t('purchasing.print.deliverTo')}</th>
              <td>{deliverTo}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </section>
  );
}
