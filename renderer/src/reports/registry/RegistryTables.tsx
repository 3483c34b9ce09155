import { useTranslation } from 'react-i18next';
import type { RegistryReport } from '../../../../shared/api/registry-reports';
import { formatDateId } from '../../../../shared/dates';
import { useApp } from '../../platform/appContext';
import { formatNumber } from '../../platform/common/format';
import { statusLabel } from '../../platform/common/statusLabel';

// performance-table: the report tables' shared cell rules (nowrap, muted figures) from reports.css.
/** Rows shown on screen; the workbook and the printout carry them all. */
const SHOWN = 15;

/** The first members and units of the registry report, as the workbook lists them. */
export function RegistryTables({ report }: { report: RegistryReport }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const fmt = (value: number) => formatNumber(value, locale);
  const date = formatDateId(report.asOf);
  const more = (count: number) => (count > SHOWN ? <p className="report-empty">{t('reportRegistry.screen.more', { count: fmt(count - SHOWN) })}</p> : null);
  return (
    <div className="report-sections">
      <section className="panel report-section">
        <h2 className="panel-title">{t('reportRegistry.screen.unitsTable')}</h2>
        {report.units.length === 0 ? <p className="report-empty">{t('reportRegistry.noUnits', { date })}</p> : (
          <table className="plain-table compact performance-table" data-testid="report-units-table">
            <thead>
              <tr>
                <th>{t('unit.unitCode')}</th><th>{t('unit.name')}</th><th>{t('unit.ownerName')}</th><th>{t('unit.nib')}</th><th>{t('unit.kbli')}</th>
                <th className="num">{t('unit.workers')}</th><th className="num">{t('unit.monthlyCapacity')}</th><th>{t('unit.qualityGrade')}</th><th>{t('reportRegistry.column.state')}</th>
              </tr>
            </thead>
            <tbody>
              {report.units.slice(0, SHOWN).map((unit) => (
                <tr key={unit.id}>
                  <td className="nowrap">{unit.unitCode}</td><td>{unit.name}</td><td>{unit.ownerName ?? '—'}</td><td>{unit.nib ?? ''}</td><td>{unit.kbli ?? ''}</td>
                  <td className="num">{fmt(unit.workers)}</td><td className="num">{fmt(unit.monthlyCapacity)}</td><td>{unit.qualityGrade ?? ''}</td>
                  <td>{t(unit.isActive ? 'reportRegistry.state.active' : 'reportRegistry.state.dormant')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {more(report.units.length)}
      </section>
      <section className="panel report-section">
        <h2 className="panel-title">{t('reportRegistry.screen.membersTable')}</h2>
        {report.members.length === 0 ? <p className="report-empty">{t('reportRegistry.noMembers', { date })}</p> : (
          <table className="plain-table compact performance-table" data-testid="report-members-table">
            <thead>
              <tr>
                <th>{t('member.memberNo')}</th><th>{t('member.name')}</th><th>{t('member.gender')}</th><th>{t('member.village')}</th>
                <th>{t('member.district')}</th><th>{t('member.joinedOn')}</th><th>{t('member.status')}</th>
              </tr>
            </thead>
            <tbody>
              {report.members.slice(0, SHOWN).map((member) => (
                <tr key={member.id}>
                  <td className="nowrap">{member.memberNo}</td><td>{member.name}</td><td>{member.gender ?? ''}</td><td>{member.village ?? ''}</td>
                  <td>{member.district ?? ''}</td><td className="nowrap">{formatDateId(member.joinedOn)}</td><td>{statusLabel(t, 'member', member.status)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {more(report.members.length)}
      </section>
    </div>
  );
}
