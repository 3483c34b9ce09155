import { PurchaseOrderPrint } from './PurchaseOrderPrint';
import './purchaseOrdersPrint.css';

/**
 * Several purchase orders ticked in the list, each the same page as when printed alone, one
 * after another with a page break between them; one toolbar prints them all.
 */
export function PurchaseOrdersPrint({ ids, today }: { ids: readonly number[]; today: string }) {
  return (
    <div className="po-batch" data-testid="print-po-batch">
      {ids.map((id) => (
        <PurchaseOrderPrint key={id} purchaseId={id} today={today} />
      ))}
    </div>
  );
}
