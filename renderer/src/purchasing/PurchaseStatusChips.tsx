import { useTranslation } from 'react-i18next';
import { PURCHASE_STATUSES, type PurchaseStatus } from '../../../shared/api/production';
import { StatusFilterChips } from '../platform/common/StatusFilterChips';
import { statusLabel } from '../platform/common/statusLabel';

/** The purchase orders' status filter, with the count of POs in each status. */
export function PurchaseStatusChips({ value, counts, onChange }: { value: PurchaseStatus[]; counts: Record<PurchaseStatus, number>; onChange(statuses: PurchaseStatus[]): void }) {
  const { t } = useTranslation();
  return (
    <StatusFilterChips
      statuses={PURCHASE_STATUSES}
      value={value}
      counts={counts}
      onChange={onChange}
      label={t('purchasing.column.status')}
      word={(status) => statusLabel(t, 'purchase', status)}
      classPrefix="po"
    />
  );
}
