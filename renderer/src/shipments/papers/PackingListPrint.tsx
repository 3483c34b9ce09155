import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../platform/common/format';
import { useCallData } from '../../platform/common/useCallData';
import { PaperParties } from './PaperParties';
import { ShipmentPaperHead } from './ShipmentPaperHead';
import { PAPERS, shipmentPaperFrame } from './shipmentPaperFrame';
import { PrintDocument } from '../../platform/print/PrintDocument';
import './shipmentPapers.css';

/** The language of export papers, as the invoice's. */

function kg(value: number): string {
  return new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

function m3(value: number): string {
  return new Intl.NumberFormat('en-GB', { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(value);
}

/**
 * PACKING LIST of one shipment, one row per run of cartons with the same contents: carton
 * numbers, article, pieces per carton, net and gross weight per carton and for the run, the
 * carton's size and volume; the totals and the shipping marks underneath.
 */
export function PackingListPrint({ shipmentId, today }: { shipmentId: number; today: string }) {
  const { t, i18n } = useTranslation();
  const loaded = useCallData('papers:shipment', { id: shipmentId });
  const papers = loaded.data;
  if (!papers) return <div className="boot-message">{loaded.error ?? t('ui.common.loading')}</div>;
  const { shipment } = papers;
  const doc = i18n.getFixedT(PAPERS);
  const poOf = new Map(papers.orders.map((order) => [order.orderNo, order.buyerPo ?? order.orderNo]));
  const runs = shipment.lines.flatMap((line, index) => line.ranges.map((range) => ({ line, range, good: papers.goods[index] })));
  const { totals } = shipment;
  return (
    <PrintDocument
      list="packing"
      fileName={`${shipment.shipmentNo}-packing-list.pdf`}
      title={doc('shipments.doc.packingTitle')}
      orientation="landscape"
      {...shipmentPaperFrame(papers, 'packing-list', today, t, doc)}
      totals={
        <div className="print-totals paper-notes" data-testid="print-totals">
          <div className="paper-marks">
            <div className="paper-label">{doc('shipments.doc.marks')}</div>
            <pre data-testid="packing-marks">{shipment.marks}</pre>
          </div>
          <div data-testid="packing-summary">
            {doc('shipments.doc.summary', { cartons: formatNumber(totals.cartons, PAPERS), qty: formatNumber(totals.qty, PAPERS), net: kg(totals.netKg), gross: kg(totals.grossKg), m3: m3(totals.volumeM3) })}
          </div>
        </div>
      }
    >
      <PaperParties head={papers} withBank={false} />
      <ShipmentPaperHead papers={papers} numberLabel={doc('shipments.doc.packingNo')} perRow={3} withPayment={false} />
      <table className="print-table paper-table" data-testid="print-table">
        <thead>
          <tr>
            <th>{doc('shipments.doc.cartonNo')}</th>
            <th className="num">{doc('shipments.doc.cartons')}</th>
            <th>{doc('shipments.doc.buyerPo')}</th>
            <th>{doc('shipments.doc.description')}</th>
            <th className="num">{doc('shipments.doc.perCarton')}</th>
            <th className="num">{doc('shipments.doc.qty')}</th>
            <th className="num">{doc('shipments.doc.netPerCarton')}</th>
            <th className="num">{doc('shipments.doc.grossPerCarton')}</th>
            <th className="num">{doc('shipments.doc.netTotal')}</th>
            <th className="num">{doc('shipments.doc.grossTotal')}</th>
            <th>{doc('shipments.doc.size')}</th>
            <th className="num">{doc('shipments.doc.m3')}</th>
          </tr>
        </thead>
        <tbody>
          {runs.map(({ line, range, good }) => (
            <tr key={`${line.id}-${range.from}`} data-testid="packing-run">
              <td className="nowrap">{range.from === range.to ? range.from : `${range.from}–${range.to}`}</td>
              <td className="num">{formatNumber(range.count, PAPERS)}</td>
              <td className="nowrap">{poOf.get(line.orderNo)}</td>
              <td data-testid="packing-goods"><span className="mono">{line.sku}</span> {good?.description ?? ''} <span className="muted">HS {line.hsCode}</span></td>
              <td className="num">{formatNumber(range.pieces, PAPERS)}</td>
              <td className="num">{formatNumber(range.count * range.pieces, PAPERS)}</td>
              <td className="num">{kg(range.netKg)}</td>
              <td className="num">{kg(range.grossKg)}</td>
              <td className="num">{kg(range.netKgTotal)}</td>
              <td className="num">{kg(range.grossKgTotal)}</td>
              <td className="nowrap">{`${line.cartonLengthCm} × ${line.cartonWidthCm} × ${line.cartonHeightCm}`}</td>
              <td className="num">{m3(range.volumeM3)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="print-sum">
            <td>{doc('shipments.doc.total')}</td>
            <td className="num" data-testid="packing-total-cartons">{formatNumber(totals.cartons, PAPERS)}</td>
            <td colSpan={3} />
            <td className="num" data-testid="packing-total-qty">{formatNumber(totals.qty, PAPERS)}</td>
            <td colSpan={2} />
            <td className="num" data-testid="packing-total-net">{kg(totals.netKg)}</td>
            <td className="num" data-testid="packing-total-gross">{kg(totals.grossKg)}</td>
            <td />
            <td className="num" data-testid="packing-total-m3">{m3(totals.volumeM3)}</td>
          </tr>
        </tfoot>
      </table>
    </PrintDocument>
  );
}
