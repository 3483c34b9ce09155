import { useTranslation } from 'react-i18next';
import type { KpiStatus } from '../../../shared/api/roadmap';
import { statusLabel } from '../platform/common/statusLabel';

/** A KPI year's status as a coloured word: tercapai, sesuai jalur, tertinggal, belum ada data. */
export function StatusChip({ status, testId }: { status: KpiStatus; testId?: string }) {
  const { t } = useTranslation();
  if (status === 'no-target') return null;
  return (
    <span className={`kpi-status kpi-status-${status}`} data-testid={testId} data-status={status}>
      {statusLabel(t, 'roadmap', status)}
    </span>
  );
}
