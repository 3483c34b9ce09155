import type { ShipmentPapers } from '../../../../shared/api/papers';
import { destinationText, kgText, labelSheets, sideMarkRuns } from '../../../../shared/domain/carton-labels';
import { exporterLines } from '../../../../shared/domain/paper-text';
import { COUNTRIES } from '../../../../shared/countries';
import type { Translate } from '../../../../shared/i18n';

/**
 * SHIPPING MARKS, the first page of the labels paper: the exporter, the shipment, the main marks
 * as the cartons carry them, and the side marks of each run of cartons (N.W., G.W., MEAS).
 */
export function ShippingMarksPage({ papers, doc }: { papers: ShipmentPapers; doc: Translate }) {
  const { shipment } = papers;
  const [name, ...lines] = exporterLines(papers.exporter, doc);
  const runs = sideMarkRuns(papers);
  const facts: [string, string, string][] = [
    [doc('labels.shipmentNo'), shipment.shipmentNo, 'marks-shipment-no'],
    [doc('labels.consignee'), papers.consignee.name, 'marks-consignee'],
    [doc('labels.port'), destinationText(papers), 'marks-port'],
    [doc('labels.destination'), COUNTRIES[shipment.country]?.en ?? shipment.country, 'marks-destination'],
    [doc('labels.cartons'), String(shipment.totals.cartons), 'marks-cartons'],
  ];
  return (
    <article className="print-doc page-portrait-en labels-marks" data-testid="print-labels">
      <div className="labels-exporter">
        <div className="labels-exporter-name" data-testid="marks-exporter">{name}</div>
        {lines.map((line) => <div key={line}>{line}</div>)}
      </div>
      <h1 className="print-title" data-testid="print-title">{doc('labels.marksTitle')}</h1>
      <dl className="labels-facts">
        {facts.map(([label, value, testId]) => (
          <div key={testId}>
            <dt>{label}</dt>
            <dd data-testid={testId}>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="paper-label labels-heading">{doc('labels.mainMarks')}</div>
      <pre className="labels-main-marks" data-testid="labels-main-marks">{shipment.marks}</pre>
      <div className="paper-label labels-heading">{doc('labels.sideMarks')}</div>
      <table className="print-table labels-side-marks" data-testid="labels-side-marks">
        <thead>
          <tr>
            <th>{doc('labels.table.cartonNo')}</th>
            <th className="num">{doc('labels.table.cartons')}</th>
            <th>{doc('labels.table.buyerPo')}</th>
            <th>{doc('labels.table.sku')}</th>
            <th className="num">{doc('labels.table.perCarton')}</th>
            <th className="num">{doc('labels.table.net')}</th>
            <th className="num">{doc('labels.table.gross')}</th>
            <th>{doc('labels.table.meas')}</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.cartonNos} data-testid="side-mark-run">
              <td className="nowrap">{run.cartonNos}</td>
              <td className="num">{run.count}</td>
              <td className="nowrap">{run.buyerPo}</td>
              <td className="mono">{run.sku}</td>
              <td className="num">{new Intl.NumberFormat('en-US').format(run.pieces)}</td>
              <td className="num">{kgText(run.netKg)}</td>
              <td className="num">{kgText(run.grossKg)}</td>
              <td className="nowrap">{run.sizeCm}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="print-sum">
            <td>{doc('labels.table.total')}</td>
            <td className="num" data-testid="side-marks-cartons">{shipment.totals.cartons}</td>
            <td colSpan={6} />
          </tr>
        </tfoot>
      </table>
      <p className="labels-layout" data-testid="labels-layout">{doc('labels.layout')}</p>
      <p className="labels-layout">{doc('labels.sheets', { cartons: papers.cartons.length, sheets: labelSheets(papers.cartons).length })}</p>
    </article>
  );
}
