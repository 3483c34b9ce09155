import { useTranslation } from 'react-i18next';
import { SHIPMENT_STATUSES, type ShipmentStatus } from '../../../../shared/domain/shipments';
import { StatusFilterChips } from '../../platform/common/StatusFilterChips';
import { statusLabel } from '../../platform/common/statusLabel';

/** The shipments' status filter, with the count of shipments in each status. */
export function ShipmentStatusChips({ value, counts, onChange }: { value: ShipmentStatus[]; counts: Record<ShipmentStatus, number>; onChange(statuses: ShipmentStatus[]): void }) {
  const { t } = useTranslation();
  return (
    <StatusFilterChips
      statuses={SHIPMENT_STATUSES}
      value={value}
      counts={counts}
      onChange={onChange}
      label={t('shipments.column.status')}
      word={(status) => statusLabel(t, 'shipment', status)}
      classPrefix="shipment"
    />
  );
}
