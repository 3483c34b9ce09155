import type { CartonLabel, ShipmentPapers } from '../../../../shared/api/papers';
import { labelText } from '../../../../shared/domain/carton-labels';
import type { Translate } from '../../../../shared/i18n';

/** One carton's label, 99.1 × 67.7 mm: the buyer's marks, PO, goods, "CTN 12 / 120", contents, weights, origin. */
export function CartonLabelCard({ label, papers, doc }: { label: CartonLabel; papers: ShipmentPapers; doc: Translate }) {
  const text = labelText(label, papers, doc);
  return (
    <div className="carton-label" data-testid="carton-label">
      <div className="carton-label-box">
        <div className="carton-label-consignee" data-testid="label-consignee">{text.consignee}</div>
        <div className="carton-label-strong" data-testid="label-destination">{text.destination}</div>
        <div className="carton-label-strong" data-testid="label-po">{text.po}</div>
        <div className="carton-label-item" data-testid="label-item">{text.item}</div>
        <div className="carton-label-carton" data-testid="label-carton">{text.carton}</div>
        <div className="carton-label-pair">
          <span data-testid="label-qty">{text.qty}</span>
          <span data-testid="label-meas">{text.meas}</span>
        </div>
        <div className="carton-label-pair carton-label-strong">
          <span data-testid="label-net">{text.net}</span>
          <span data-testid="label-gross">{text.gross}</span>
        </div>
        <div className="carton-label-origin" data-testid="label-origin">{text.origin}</div>
      </div>
    </div>
  );
}
