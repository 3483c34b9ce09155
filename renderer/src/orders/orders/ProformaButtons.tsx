import { useTranslation } from 'react-i18next';
import { gapsText } from '../../../../shared/domain/paper-gaps';
import type { Order } from '../../../../shared/domain/orders';
import { call, deliverFile } from '../../platform/api/client';
import { errorMessage } from '../../platform/common/format';
import { navigate } from '../../platform/common/hashRoute';
import { useCallData } from '../../platform/common/useCallData';
import './proforma-buttons.css';

/**
 * A saved export order's proforma invoice: to print (the English print view) and as a workbook.
 * While a detail the paper needs is missing, the missing details are named beside the buttons
 * and the workbook is not offered (the backend refuses it, naming the same ones).
 */
export function ProformaButtons({ order, onError }: { order: Order; onError(message: string): void }) {
  const { t } = useTranslation();
  const paper = useCallData('papers:proforma', { id: order.id });
  const gaps = paper.data?.gaps ?? [];
  async function workbook() {
    try {
      const file = await call('files:proforma', { id: order.id });
      await deliverFile(file);
    } catch (error) {
      onError(errorMessage(error));
    }
  }
  return (
    <section className="proforma-buttons" data-testid="order-proforma">
      <button type="button" className="button" data-testid="order-print-proforma" onClick={() => navigate({ page: 'print', list: 'proforma', orderId: order.id })}>
        {t('proforma.screen.print')}
      </button>
      <button type="button" className="button" data-testid="order-proforma-workbook" disabled={!paper.data || gaps.length > 0} onClick={() => void workbook()}>
        {t('proforma.screen.workbook')}
      </button>
      {paper.error ? <span className="form-error">{paper.error}</span> : null}
      {gaps.length > 0 ? <span className="proforma-buttons-gaps" data-testid="order-proforma-gaps">{t('proforma.screen.gaps', { list: gapsText(t, gaps) })}</span> : null}
    </section>
  );
}
