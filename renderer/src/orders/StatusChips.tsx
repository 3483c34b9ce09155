import { useTranslation } from 'react-i18next';
import { ORDER_STATUSES, type OrderStatus } from '../../../shared/domain/orders';

/** One click per status to show only those orders (several at once); none chosen is all. */
export function StatusChips({ value, onChange }: { value: OrderStatus[]; onChange(statuses: OrderStatus[]): void }) {
  const { t } = useTranslation();
  function toggle(status: OrderStatus) {
    onChange(value.includes(status) ? value.filter((item) => item !== status) : ORDER_STATUSES.filter((item) => item === status || value.includes(item)));
  }
  return (
    <div className="chips" role="group" aria-label={t('ui.order.status')} data-testid="status-chips">
      {ORDER_STATUSES.map((status) => (
        <button
          key={status}
          type="button"
          className={`chip order-${status}${value.includes(status) ? ' active' : ''}`}
          aria-pressed={value.includes(status)}
          data-testid={`status-chip-${status}`}
          onClick={() => toggle(status)}
        >
          {t(`ui.orderStatus.${status}`)}
        </button>
      ))}
      {value.length > 0 ? (
        <button type="button" className="link-button chips-clear" data-testid="status-chips-clear" onClick={() => onChange([])}>
          {t('ui.filter.all')}
        </button>
      ) : null}
    </div>
  );
}
