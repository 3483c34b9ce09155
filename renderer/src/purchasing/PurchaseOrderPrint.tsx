import { useTranslation } from 'react-i18next';
import { useApp } from '../platform/appContext';
import { formatAmount, formatQty } from '../platform/common/format';
import { useCallData } from '../platform/common/useCallData';
import { PurchaseOrderHead } from './PurchaseOrderHead';
import { PrintDocument } from '../platform/print/PrintDocument';
import './purchaseOrderPrint.css';

/**
 * PESANAN PEMBELIAN to one supplier on the cooperative's letterhead: the materials with quantity,
 * unit price and amount, the total, when to deliver, and two signatures (the cooperative and the supplier).
 */
export function PurchaseOrderPrint({ purchaseId, today }: { purchaseId: number; today: string }) {
  const { t } = useTranslation();
  const { locale, centre } = useApp();
  const purchase = useCallData('purchases:get', { id: purchaseId });
  const po = purchase.data;
  if (!po) return <div className="boot-message">{purchase.error ?? t('ui.common.loading')}</div>;
  const money = (minor: number) => formatAmount(minor, po.currency, locale);
  const warning = po.status === 'draft' ? t('purchasing.print.draft') : po.status === 'cancelled' ? t('purchasing.print.cancelled') : undefined;
  return (
    <PrintDocument
      list="po"
      fileName={`${po.poNo}.pdf`}
      title={t('purchasing.print.title')}
      // Dated and signed on the order's own day, whenever it is printed again.
      today={po.orderDate || today}
      orientation="portrait"
      note={warning}
      signers={[
        { title: t('purchasing.print.buyer', { title: centre.chairTitle ?? t('ui.print.chair') }), name: centre.chairName },
        { title: t('purchasing.print.supplier', { supplier: po.supplier }), name: null },
      ]}
      totals={
        <div className="print-totals" data-testid="print-totals">
          {po.note ? <div data-testid="po-print-note">{t('purchasing.print.note', { note: po.note })}</div> : null}
          <div>{t('purchasing.print.terms')}</div>
        </div>
      }
    >
      <PurchaseOrderHead po={po} />
      <p className="po-intro">{t('purchasing.print.intro')}</p>
      <table className="print-table po-table" data-testid="print-table">
        <thead>
          <tr>
            <th className="num">{t('ui.print.rowNo')}</th>
            <th>{t('purchasing.print.materialCode')}</th>
            <th>{t('purchasing.print.materialName')}</th>
            <th className="num">{t('purchasing.print.qty')}</th>
            <th className="num">{t('purchasing.print.unitPrice')}</th>
            <th className="num">{t('purchasing.print.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {po.lines.map((line, index) => (
            <tr key={line.id} data-testid="po-print-line">
              <td className="num">{index + 1}</td>
              <td className="nowrap mono">{line.materialCode}</td>
              <td>{line.materialName}</td>
              <td className="num nowrap">{`${formatQty(line.qty, locale)} ${line.uom}`}</td>
              <td className="num nowrap">{money(line.unitCost)}</td>
              <td className="num nowrap">{money(Math.round(line.qty * line.unitCost))}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="print-sum">
            <td colSpan={5} className="num">{t('purchasing.print.total')}</td>
            <td className="num nowrap" data-testid="po-print-total">{money(po.value)}</td>
          </tr>
        </tfoot>
      </table>
    </PrintDocument>
  );
}
