import { useTranslation } from 'react-i18next';
import type { Shipment } from '../../../../shared/api/shipments';
import { call, deliverFile } from '../../platform/api/client';
import { errorMessage } from '../../platform/common/format';
import { navigate } from '../../platform/common/hashRoute';

/**
 * A saved shipment's papers: the commercial invoice and packing list to print, both as one
 * workbook; the shipping marks and carton labels to print on A4 label sheets, and as a workbook.
 */
export function ShipmentDocButtons({ shipment, onError }: { shipment: Shipment; onError(message: string): void }) {
  const { t } = useTranslation();
  async function workbook() {
    try {
      const file = await call('files:shipment', { id: shipment.id });
      await deliverFile(file);
    } catch (error) {
      onError(errorMessage(error));
    }
  }
  async function labelsWorkbook() {
    try {
      const file = await call('files:shipmentPaper', { id: shipment.id, paper: 'labels' });
      await deliverFile(file);
    } catch (error) {
      onError(errorMessage(error));
    }
  }
  return (
    <div className="shipment-doc-buttons">
      <button type="button" className="button" data-testid="shipment-print-invoice" onClick={() => navigate({ page: 'print', list: 'invoice', shipmentId: shipment.id })}>
        {t('shipments.form.printInvoice')}
      </button>
      <button type="button" className="button" data-testid="shipment-print-packing" onClick={() => navigate({ page: 'print', list: 'packing', shipmentId: shipment.id })}>
        {t('shipments.form.printPacking')}
      </button>
      <button type="button" className="button" data-testid="shipment-workbook" onClick={() => void workbook()}>
        {t('shipments.form.workbook')}
      </button>
      <button type="button" className="button" data-testid="shipment-print-labels" onClick={() => navigate({ page: 'print', list: 'labels', shipmentId: shipment.id })}>
        {t('labels.screen.print')}
      </button>
      <button type="button" className="button" data-testid="shipment-labels-workbook" onClick={() => void labelsWorkbook()}>
        {t('labels.screen.workbook')}
      </button>
    </div>
  );
}
