import { useTranslation } from 'react-i18next';
import type { StatusChange } from '../../../../shared/domain/member';
import { HistoryTable } from '../../platform/common/HistoryTable';
import { statusLabel } from '../../platform/common/statusLabel';

/** Riwayat status: every status the member has had and from when. */
export function StatusHistory({ history }: { history: StatusChange[] }) {
  const { t } = useTranslation();
  return (
    <HistoryTable
      title={t('ui.memberForm.history')}
      testId="member-history"
      history={history}
      columns={[{ header: t('member.status'), cell: (change) => statusLabel(t, 'member', change.status) }]}
    />
  );
}
