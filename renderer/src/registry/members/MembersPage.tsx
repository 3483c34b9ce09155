import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEMBER_STATUSES, type Member, type MemberStatus } from '../../../../shared/domain/member';
import { useApp } from '../../platform/appContext';
import { ChoiceFilter } from '../../platform/common/ChoiceFilter';
import { formatNumber } from '../../platform/common/format';
import { RegistryPage } from '../../platform/common/RegistryPage';
import { useCallData } from '../../platform/common/useCallData';
import { useRegistryPage } from '../../platform/common/useRegistryPage';
import { openPrintView } from '../../platform/print/openPrintView';
import { memberColumns } from './columns';
import { MemberForm } from './MemberForm';
import { MemberHasUnitsDialog } from './MemberHasUnitsDialog';
import { useMemberRemoval } from './useMemberRemoval';
import { statusLabel } from '../../platform/common/statusLabel';

/** Anggota: the cooperative's members in one table, with the form, removal with undo, Excel in and out. */
export function MembersPage() {
  const { t } = useTranslation();
  const { locale } = useApp();
  const members = useCallData('members:list', {});
  const page = useRegistryPage<Member>();
  const columns = useMemo(() => memberColumns(t, locale), [t, locale]);
  const [status, setStatus] = useState<MemberStatus | ''>('');
  const rowFilter = useMemo(() => (status ? (member: Member) => member.status === status : null), [status]);
  const removal = useMemberRemoval(members.reload, page.notify);
  const total = members.data?.length ?? 0;
  const active = members.data?.filter((member) => member.status === 'aktif').length ?? 0;

  return (
    <RegistryPage
      area="members"
      page={page}
      list={members}
      columns={columns}
      kinds={['members']}
      rowName={(member) => member.name}
      form={(id, onClose, onSaved) => <MemberForm memberId={id} onClose={onClose} onSaved={onSaved} />}
      onRemove={(member) => void removal.remove(member)}
      onPrint={() => openPrintView('members', page.api)}
      rowFilter={rowFilter}
      filters={
        <ChoiceFilter
          label={t('member.status')}
          value={status}
          options={[{ value: '', label: t('ui.filter.all') }, ...MEMBER_STATUSES.map((option) => ({ value: option, label: statusLabel(t, 'member', option) }))]}
          onChange={(value) => setStatus(MEMBER_STATUSES.find((option) => option === value) ?? '')}
          testId="filter-status"
        />
      }
      count={
        <span data-testid="members-count">
          {t('ui.members.count', { count: total, total: formatNumber(total, locale), active: formatNumber(active, locale) })}
        </span>
      }
    >
      {removal.blocked ? (
        <MemberHasUnitsDialog
          blocked={removal.blocked}
          onCancel={removal.cancel}
          onDetach={() => removal.blocked && void removal.remove(removal.blocked.member, true)}
        />
      ) : null}
    </RegistryPage>
  );
}
