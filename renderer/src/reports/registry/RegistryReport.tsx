import { useTranslation } from 'react-i18next';
import { formatDateId } from '../../../../shared/dates';
import { useApp } from '../../platform/appContext';
import { formatNumber } from '../../platform/common/format';
import { useCallData } from '../../platform/common/useCallData';
import type { MonthPeriod } from '../PeriodBar';
import { RegistryReportShell } from '../RegistryReportShell';
import { RegistryTables } from './RegistryTables';

/** Anggota dan Unit Usaha on screen: the registry at the period's end, its counts and its lists. */
export function RegistryReport({ today }: { today: string }) {
  return <RegistryReportShell name="registry" today={today}>{(period) => <RegistryFigures period={period} />}</RegistryReportShell>;
}

function RegistryFigures({ period }: { period: MonthPeriod }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const report = useCallData('reports:registry', period);
  if (report.error) return <div className="form-error" role="alert" data-testid="report-error">{report.error}</div>;
  if (!report.data) return null;
  const data = report.data;
  const fmt = (value: number) => formatNumber(value, locale);
  const r = (key: string, params?: Record<string, unknown>) => t(`reportRegistry.screen.${key}`, params);
  // The figures as every report counts them (members aktif at the period's end); unknown before the registry holds any.
  const f = data.figures;
  const known = (value: number | null) => (value === null ? t('reportGovernment.noData') : fmt(value));
  const cards = [
    {
      key: 'members', label: r('membersCard'), value: known(f.members), absent: f.members === null,
      note: f.members === null ? '' : r('membersNote', { active: fmt(data.membersByStatus.aktif), inactive: fmt(data.membersByStatus['non-aktif']), left: fmt(data.membersByStatus.keluar) }),
    },
    { key: 'units', label: r('unitsCard'), value: known(f.units), absent: f.units === null, note: f.units === null ? '' : r('unitsNote', { active: known(f.activeUnits), dormant: known(f.dormantUnits) }) },
    { key: 'workers', label: r('workersCard'), value: known(f.workers), absent: f.workers === null, note: r('workersNote') },
    { key: 'capacity', label: r('capacityCard'), value: known(f.registeredMonthlyCapacity), absent: f.registeredMonthlyCapacity === null, note: r('capacityNote') },
  ];
  return (
    <>
      <p className="report-empty" data-testid="report-as-of">{r('asOfNote', { date: formatDateId(data.asOf) })}</p>
      <div className="headline-figures">
        {cards.map((card) => (
          <div className="summary-card" key={card.key} data-testid={`report-${card.key}`}>
            <span className="summary-label">{card.label}</span>
            <span className={`headline-value${card.absent ? ' is-absent' : ''}`} data-testid={`report-${card.key}-value`}>{card.value}</span>
            <span className="summary-note">{card.note}</span>
          </div>
        ))}
      </div>
      <p className="report-empty">{r('genderNote', { male: fmt(data.membersByGender.L), female: fmt(data.membersByGender.P), unknown: fmt(data.membersByGender.unknown) })}</p>
      <RegistryTables report={data} />
    </>
  );
}
