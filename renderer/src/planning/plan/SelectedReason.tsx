import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentRow } from '../../../../shared/api/planning';
import { assignmentReasonText } from '../../../../shared/plan-reason';

/** Why the selected SPK's workshop got it, in full: the grid's column is too narrow for the longer reasons. */
export function SelectedReason({ row }: { row: AssignmentRow | null }) {
  const { t } = useTranslation();
  const words = useMemo(() => (key: string, params?: Record<string, unknown>) => t(key, params), [t]);
  if (!row?.reason) return null;
  return (
    <p className="assignment-reason" data-testid="assignment-reason">
      <strong>{row.unitCode}</strong> {row.memberNo ? `(${t('ui.plan.memberNo', { memberNo: row.memberNo })})` : `(${t('ui.units.noOwner')})`}: {assignmentReasonText(words, row.reason)}
    </p>
  );
}
