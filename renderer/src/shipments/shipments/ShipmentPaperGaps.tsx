import { useCallData } from '../../platform/common/useCallData';
import { PaperGaps } from '../papers/PaperGaps';
import '../papers/shipmentPapers.css';

/**
 * On a saved shipment, before anyone prints: the details its export papers still lack (a
 * product's English description, the buyer's PO, the exporter's SWIFT code), each named.
 */
export function ShipmentPaperGaps({ shipmentId }: { shipmentId: number }) {
  const papers = useCallData('papers:shipment', { id: shipmentId });
  if (!papers.data) return null;
  return <PaperGaps gaps={papers.data.gaps} testId="shipment-paper-gaps" />;
}
