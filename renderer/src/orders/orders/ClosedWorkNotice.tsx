import { useTranslation } from 'react-i18next';
import type { ClosedWork } from '../../../../shared/domain/orders';
import { useApp } from '../../platform/appContext';
import { formatNumber } from '../../platform/common/format';

/** The SPKs a status step closed, each named: nothing leaves the workshops' lists without a word. */
export function ClosedWorkNotice({ orderNo, closedWork }: { orderNo: string; closedWork: ClosedWork[] }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  if (closedWork.length === 0) return null;
  const fmt = (value: number) => formatNumber(value, locale);
  return (
    <div className="info-banner" role="status" data-testid="order-closed-work">
      <p className="dialog-text">{t('orders.closed.title', { count: closedWork.length, orderNo })}</p>
      <ul>
        {closedWork.map((work) => {
          const names = { spk: work.spkNo ?? t('orders.closed.spk', { id: work.assignmentId }), unit: `${work.unitCode} ${work.unitName}`, sku: work.sku };
          return (
            <li key={work.assignmentId} data-testid="order-closed-work-line">
              {work.closedAs === 'cancelled'
                ? t('orders.closed.cancelled', { ...names, qty: fmt(work.qty) })
                : t('orders.closed.done', { ...names, qty: fmt(work.qty), delivered: fmt(work.deliveredQty) })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
