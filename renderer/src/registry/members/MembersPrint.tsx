import { useTranslation } from 'react-i18next';
import { formatDateId } from '../../../../shared/dates';
import { MEMBER_STATUSES } from '../../../../shared/domain/member';
import { useApp } from '../../platform/appContext';
import { formatNik, formatNumber } from '../../platform/common/format';
import { useCallData } from '../../platform/common/useCallData';
import { orderForPrint, printSelection } from '../../platform/print/openPrintView';
import { PrintDocument } from '../../platform/print/PrintDocument';
import { statusLabel } from '../../platform/common/statusLabel';

/** DAFTAR ANGGOTA: the members as the table showed them, with totals by status. */
export function MembersPrint({ today }: { today: string }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const members = useCallData('members:list', {});
  const selection = printSelection('members');
  if (!members.data) return <div className="boot-message">{members.error ?? t('ui.common.loading')}</div>;
  const rows = orderForPrint(members.data, selection);
  const fmt = (value: number) => formatNumber(value, locale);
  const byStatus = MEMBER_STATUSES.map((status) => `${statusLabel(t, 'member', status)} ${fmt(rows.filter((m) => m.status === status).length)}`);
  const units = rows.reduce((sum, member) => sum + member.unitCount, 0);
  const workers = rows.reduce((sum, member) => sum + member.workers, 0);
  return (
    <PrintDocument
      list="members"
      title={t('ui.print.membersTitle')}
      today={today}
      orientation="portrait"
      note={selection?.isFiltered ? t('ui.print.filtered', { shown: fmt(rows.length), total: fmt(members.data.length) }) : undefined}
      totals={
        <div className="print-totals" data-testid="print-totals">
          <div>
            <strong>{t('ui.print.membersTotal', { count: rows.length, total: fmt(rows.length) })}</strong> ({byStatus.join(' · ')})
          </div>
          <div>{t('ui.print.membersUnits', { units: fmt(units), workers: fmt(workers) })}</div>
        </div>
      }
    >
      <table className="print-table" data-testid="print-table">
        <thead>
          <tr>
            <th className="num">{t('ui.print.rowNo')}</th>
            <th>{t('member.memberNo')}</th>
            <th>{t('member.name')}</th>
            <th>{t('member.nik')}</th>
            <th className="center">{t('ui.print.genderShort')}</th>
            <th>{t('member.village')}</th>
            <th>{t('member.joinedOn')}</th>
            <th>{t('member.status')}</th>
            <th className="num">{t('ui.print.unitsShort')}</th>
            <th className="num">{t('ui.print.workersShort')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((member, index) => (
            <tr key={member.id}>
              <td className="num">{index + 1}</td>
              <td className="nowrap">{member.memberNo}</td>
              <td>{member.name}</td>
              <td className="nowrap mono">{formatNik(member.nik)}</td>
              <td className="center">{member.gender ?? ''}</td>
              <td>{member.village ?? ''}</td>
              <td className="nowrap">{formatDateId(member.joinedOn)}</td>
              <td>{statusLabel(t, 'member', member.status)}</td>
              <td className="num">{fmt(member.unitCount)}</td>
              <td className="num">{fmt(member.workers)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PrintDocument>
  );
}
