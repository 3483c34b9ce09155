import { useTranslation } from 'react-i18next';
import { formatDateId } from '../../../../shared/dates';
import { fobCostsUsed } from '../../../../shared/domain/fob';
import { amountInWords } from '../../../../shared/domain/amount-words';
import { formatAmount, formatNumber } from '../../platform/common/format';
import { useCallData } from '../../platform/common/useCallData';
import { PaperParties } from './PaperParties';
import { PaperSumRow as SumRow } from './PaperSumRow';
import { ShipmentPaperHead } from './ShipmentPaperHead';
import { PAPERS, shipmentPaperFrame } from './shipmentPaperFrame';
import { PrintDocument } from '../../platform/print/PrintDocument';
import './shipmentPapers.css';


/**
 * COMMERCIAL INVOICE of one shipment on the exporter's English letterhead: shipper (NIB, NPWP)
 * and consignee with address, notify party, the account to pay into, number and date, the
 * buyer's PO, payment terms, goods in English with composition and HS code, quantity, unit price
 * and amount, the total and the FOB value, the terms ("FOB Surabaya"), origin Indonesia and the
 * proof of origin the destination asks for, marks and numbers, and the signature. Not printable
 * while a detail is missing: the screen names each.
 */
export function InvoicePrint({ shipmentId, today }: { shipmentId: number; today: string }) {
  const { t, i18n } = useTranslation();
  const loaded = useCallData('papers:shipment', { id: shipmentId });
  const papers = loaded.data;
  if (!papers) return <div className="boot-message">{loaded.error ?? t('ui.common.loading')}</div>;
  const { shipment } = papers;
  const doc = i18n.getFixedT(PAPERS);
  const money = (minor: number) => formatAmount(minor, shipment.currency, PAPERS);
  const poOf = new Map(papers.orders.map((order) => [order.orderNo, order.buyerPo ?? order.orderNo]));
  const qty = shipment.lines.reduce((sum, line) => sum + line.qty, 0);
  const { fobValue, fobUsdCents, idrRate, idrRateOn, rateDate } = shipment.value;
  // The rate is named by the day it was recorded (at most seven days before the value's date); none: no data yet, never 0.
  const rateUsed = idrRate === null ? '' : ` — ${doc('shipments.doc.rate', { date: formatDateId(idrRateOn ?? rateDate), rate: formatNumber(idrRate, PAPERS), currency: shipment.currency })}`;
  const noData = fobValue === null ? doc('shipments.doc.unknown') : doc('shipments.doc.noRate', { currency: shipment.currency, date: formatDateId(rateDate) });
  return (
    <PrintDocument
      list="invoice"
      fileName={`${shipment.shipmentNo}-invoice.pdf`}
      title={doc('shipments.doc.invoiceTitle')}
      orientation="portrait"
      {...shipmentPaperFrame(papers, 'invoice', today, t, doc)}
      totals={
        <div className="print-totals paper-notes" data-testid="print-totals">
          <div className="paper-marks">
            <div className="paper-label">{doc('shipments.doc.marks')}</div>
            <pre data-testid="invoice-marks">{shipment.marks}</pre>
          </div>
          <div>
            <div className="paper-declaration">{doc('shipments.doc.declaration')}</div>
          </div>
        </div>
      }
    >
      <PaperParties head={papers} withBank />
      <ShipmentPaperHead papers={papers} numberLabel={doc('shipments.doc.invoiceNo')} />
      <table className="print-table paper-table" data-testid="print-table">
        <thead>
          <tr>
            <th className="num">{doc('shipments.doc.no')}</th>
            <th>{doc('shipments.doc.buyerPo')}</th>
            <th>{doc('shipments.doc.description')}</th>
            <th>{doc('shipments.doc.hsCode')}</th>
            <th className="num">{doc('shipments.doc.qty')}</th>
            <th className="num">{doc('shipments.doc.unitPrice')}</th>
            <th className="num">{doc('shipments.doc.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {shipment.lines.map((line, index) => (
            <tr key={line.id} data-testid="invoice-line">
              <td className="num">{index + 1}</td>
              <td className="nowrap" data-testid="invoice-po">{poOf.get(line.orderNo)}</td>
              <td data-testid="invoice-goods">
                <span className="mono">{line.sku}</span> {papers.goods[index]?.description ?? ''}
                {papers.goods[index]?.composition ? <div className="paper-goods-composition">{`${doc('shipments.doc.composition')}: ${papers.goods[index].composition}`}</div> : null}
              </td>
              <td className="nowrap" data-testid="invoice-hs">{line.hsCode}</td>
              <td className="num nowrap">{`${formatNumber(line.qty, PAPERS)} ${line.uom}`}</td>
              <td className="num nowrap">{money(line.unitPrice)}</td>
              <td className="num nowrap">{money(line.amount)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="print-sum">
            <td colSpan={4} className="num">{doc('shipments.doc.total')}</td>
            <td className="num nowrap" data-testid="invoice-total-qty">{formatNumber(qty, PAPERS)}</td>
            <td />
            <td className="num nowrap" data-testid="invoice-total">{money(shipment.value.invoiceValue)}</td>
          </tr>
          <tr className="paper-sum">
            <td colSpan={7} data-testid="invoice-say">{`${doc('shipments.doc.say')}: ${amountInWords(shipment.value.invoiceValue, shipment.currency)}`}</td>
          </tr>
          {fobCostsUsed(shipment.incoterm).map((cost) => {
            const amount = shipment[cost];
            const sign = cost === 'inlandCost' ? '+' : '−';
            return <SumRow key={cost} label={doc(`shipments.doc.${cost}`)} value={amount === null ? doc('shipments.doc.missing', { what: doc(`shipments.doc.gap.${cost}`) }) : `${sign} ${money(amount)}`} testId={`invoice-${cost}`} />;
          })}
          <SumRow label={`${doc('shipments.doc.fob')} (FOB ${shipment.incoterm === 'FOB' ? shipment.incotermPlace : 'Surabaya'})`} value={fobValue === null ? doc('shipments.doc.unknown') : money(fobValue)} testId="invoice-fob" />
          {shipment.currency !== 'USD' ? (
            <SumRow label={`${doc('shipments.doc.fobUsd')}${rateUsed}`} value={fobUsdCents === null ? noData : formatAmount(fobUsdCents, 'USD', PAPERS)} testId="invoice-fob-usd" />
          ) : null}
        </tfoot>
      </table>
    </PrintDocument>
  );
}
