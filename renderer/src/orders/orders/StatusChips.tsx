import { useTranslation } from 'react-i18next';
import { ORDER_STATUSES, type OrderStatus } from '../../../../shared/domain/orders';
import { StatusFilterChips } from '../../platform/common/StatusFilterChips';
import { statusLabel } from '../../platform/common/statusLabel';

/** The orders' status filter. */
export function StatusChips({ value, onChange }: { value: OrderStatus[]; onChange(statuses: OrderStatus[]): void }) {
  const { t } = useTranslation();
  return (
    <StatusFilterChips statuses={ORDER_STATUSES} value={value} onChange={onChange} label={t('ui.order.status')} word={(status) => statusLabel(t, 'order', status)} classPrefix="order" />
  );
}
