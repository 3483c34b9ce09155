import { useTranslation } from 'react-i18next';
import { PURCHASE_STATUSES, type PurchaseStatus } from '../../../shared/api/production';

/** One click per status to show only those POs (several at once); none chosen is all. */
export function PurchaseStatusChips({ value, counts, onChange }: { value: PurchaseStatus[]; counts: Record<PurchaseStatus, number>; onChange(statuses: PurchaseStatus[]): void }) {
  const { t } = useTranslation();
  function toggle(status: PurchaseStatus) {
    onChange(value.includes(status) ? value.filter((item) => item !== status) : PURCHASE_STATUSES.filter((item) => item === status || value.includes(item)));
  }
  return (
    <div className="chips" role="group" aria-label={t('purchasing.column.status')} data-testid="status-chips">
      {PURCHASE_STATUSES.map((status) => (
        <button
          key={status}
          type="button"
          className={`chip po-${status}${value.includes(status) ? ' active' : ''}`}
          aria-pressed={value.includes(status)}
          data-testid={`status-chip-${status}`}
          onClick={() => toggle(status)}
        >
          {t(`purchasing.status.${status}`)} ({counts[status]})
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
