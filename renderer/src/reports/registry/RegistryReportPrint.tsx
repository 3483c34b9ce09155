import { useTranslation } from 'react-i18next';
import { formatDateId } from '../../../../shared/dates';
import { useApp } from '../../platform/appContext';
import { formatNik, formatNumber } from '../../platform/common/format';
import { useCallData } from '../../platform/common/useCallData';
import { periodText } from '../../platform/common/reportFormat';
import '../reports.css';
import { PrintDocument } from '../../platform/print/PrintDocument';
import { statusLabel } from '../../platform/common/statusLabel';

/**
 * DAFTAR ANGGOTA DAN UNIT USAHA on A4 landscape: the registry at the period's end, the counts
 * the offices ask for first, then every member and every unit, and the signatures.
 */
export function RegistryReportPrint({ from, to, today }: { from: string; to: string; today: string }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const report = useCallData('reports:registry', { from, to });
  if (!report.data) return <div className="boot-message">{report.error ?? t('ui.common.loading')}</div>;
  const data = report.data;
  const s = data.summary;
  const fmt = (value: number) => formatNumber(value, locale);
  const r = (key: string, params?: Record<string, unknown>) => t(`reportRegistry.${key}`, params);
  const date = formatDateId(data.asOf);
  const figures = [
    { key: 'members', label: r('summary.members'), value: fmt(s.members), note: r('screen.membersNote', { active: fmt(data.membersByStatus.aktif), inactive: fmt(data.membersByStatus['non-aktif']), left: fmt(data.membersByStatus.keluar) }) },
    { key: 'units', label: r('summary.units'), value: fmt(s.units), note: r('screen.unitsNote', { active: fmt(s.activeUnits), dormant: fmt(data.dormantUnits) }) },
    { key: 'workers', label: r('summary.workers'), value: fmt(s.workers), note: '' },
    { key: 'capacity', label: r('summary.capacity'), value: fmt(s.monthlyCapacity), note: '' },
  ];
  return (
    <PrintDocument
      list="registry"
      fileName={`${r('fileWord')}-${data.period.from}-${data.period.to}.pdf`}
      back="reports"
      title={r('title')}
      today={today}
      orientation="landscape"
      note={`${r('asOf', { date })} · ${r('period', { period: periodText(data.period.from, data.period.to, t) })}`}
      totals={<div className="print-totals">{r('note')}</div>}
    >
      <div className="print-headline" data-testid="print-headline">
        {figures.map((figure) => (
          <div key={figure.key}>
            <div className="print-headline-label">{figure.label}</div>
            <div className="print-headline-value" data-testid={`print-${figure.key}`}>{figure.value}</div>
            <div className="print-headline-note">{figure.note}</div>
          </div>
        ))}
      </div>
      <p className="print-note">{r('screen.genderNote', { male: fmt(data.membersByGender.L), female: fmt(data.membersByGender.P), unknown: fmt(data.membersByGender.unknown) })}</p>
      <h2 className="print-section">{r('membersTitle')}</h2>
      {data.members.length === 0 ? <p className="print-note">{r('noMembers', { date })}</p> : (
        <table className="print-table" data-testid="print-members-table">
          <thead>
            <tr>
              <th className="num">{t('ui.print.rowNo')}</th><th>{t('member.memberNo')}</th><th>{t('member.name')}</th><th>{t('member.nik')}</th>
              <th className="center">{t('ui.print.genderShort')}</th><th>{t('member.address')}</th><th>{t('member.village')}</th><th>{t('member.district')}</th>
              <th>{t('member.joinedOn')}</th><th>{t('member.status')}</th>
            </tr>
          </thead>
          <tbody>
            {data.members.map((member, index) => (
              <tr key={member.id}>
                <td className="num">{index + 1}</td><td className="nowrap">{member.memberNo}</td><td>{member.name}</td>
                <td className="nowrap mono">{formatNik(member.nik)}</td><td className="center">{member.gender ?? ''}</td><td>{member.address ?? ''}</td>
                <td>{member.village ?? ''}</td><td>{member.district ?? ''}</td><td className="nowrap">{formatDateId(member.joinedOn)}</td><td>{statusLabel(t, 'member', member.status)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 className="print-section">{r('unitsTitle')}</h2>
      {data.units.length === 0 ? <p className="print-note">{r('noUnits', { date })}</p> : (
        <table className="print-table" data-testid="print-units-table">
          <thead>
            <tr>
              <th className="num">{t('ui.print.rowNo')}</th><th>{t('unit.unitCode')}</th><th>{t('unit.name')}</th><th>{t('unit.ownerName')}</th><th>{t('unit.nib')}</th>
              <th>{t('unit.kbli')}</th><th className="num">{t('ui.print.workersShort')}</th><th className="num">{t('ui.print.capacityShort')}</th>
              <th className="center">{t('unit.qualityGrade')}</th><th>{r('column.state')}</th>
            </tr>
          </thead>
          <tbody>
            {data.units.map((unit, index) => (
              <tr key={unit.id}>
                <td className="num">{index + 1}</td><td className="nowrap">{unit.unitCode}</td><td>{unit.name}</td><td>{unit.ownerName ?? '—'}</td>
                <td className="nowrap mono">{unit.nib ?? ''}</td><td className="mono">{unit.kbli ?? ''}</td><td className="num">{fmt(unit.workers)}</td>
                <td className="num">{fmt(unit.monthlyCapacity)}</td><td className="center">{unit.qualityGrade ?? ''}</td>
                <td>{r(unit.isActive ? 'state.active' : 'state.dormant')}</td>
              </tr>
            ))}
          </tbody>
          <tbody className="print-sum">
            <tr>
              <td colSpan={6}>{t('ui.print.sum')}</td>
              <td className="num">{fmt(data.units.reduce((sum, unit) => sum + unit.workers, 0))}</td>
              <td className="num">{fmt(data.units.reduce((sum, unit) => sum + unit.monthlyCapacity, 0))}</td>
              <td colSpan={2} />
            </tr>
          </tbody>
        </table>
      )}
    </PrintDocument>
  );
}
