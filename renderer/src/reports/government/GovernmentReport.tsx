import { useTranslation } from 'react-i18next';
import { useApp } from '../../platform/appContext';
import { formatNumber } from '../../platform/common/format';
import { bigMoney } from '../../platform/common/summaryFormat';
import { useCallData } from '../../platform/common/useCallData';
import { GovernmentUnitsTable } from './GovernmentUnitsTable';
import type { MonthPeriod } from '../PeriodBar';
import { RegistryReportShell } from '../RegistryReportShell';
import { monthText, shareText } from '../../platform/common/reportFormat';

/** Profil Sentra untuk Pemerintah on screen: the figures e-Smart IKM and SIINas ask for, and what is not kept. */
export function GovernmentReport({ today }: { today: string }) {
  return <RegistryReportShell name="government" today={today}>{(period) => <GovernmentFigures period={period} />}</RegistryReportShell>;
}

function GovernmentFigures({ period }: { period: MonthPeriod }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const report = useCallData('reports:government', period);
  if (report.error) return <div className="form-error" role="alert" data-testid="report-error">{report.error}</div>;
  if (!report.data) return null;
  const data = report.data;
  const g = (key: string, params?: Record<string, unknown>) => t(`reportGovernment.screen.${key}`, params);
  const fmt = (value: number) => formatNumber(value, locale);
  const noData = t('reportGovernment.noData');
  // Tiles carry large sums in words (`Rp 10,24 miliar`); the table and the workbook keep every rupiah.
  const idr = (value: number | null) => (value === null ? noData : bigMoney(value, 'IDR', locale, t));
  const reg = data.figures.registry;
  const count = (value: number | null) => (value === null ? noData : fmt(value));
  const { figures } = data;
  const monthsNote = figures.missingMonths.length === 0 || figures.producedQty === null ? '' : ` · ${g('monthsNote', {
    months: figures.monthsWithData.length, total: figures.months.length, missing: figures.missingMonths.map((month) => monthText(month, t)).join(', '),
  })}`;
  const cards = [
    {
      key: 'units', label: g('unitsCard'), value: count(reg.units), isAbsent: reg.units === null,
      note: reg.units === null ? '' : g('unitsNote', { active: count(reg.activeUnits), workers: count(reg.workers) }),
    },
    {
      key: 'production', label: g('productionCard'), value: idr(data.productionValueIdr), isAbsent: data.productionValueIdr === null,
      note: data.producedQty === null ? t('reportGovernment.note.productionValue') : `${g('productionNote', { qty: fmt(data.producedQty), pct: shareText(data.utilisationPct, locale) })}${monthsNote}`,
    },
    { key: 'materials', label: g('materialsCard'), value: idr(data.materialValueIdr), note: g('materialsNote'), isAbsent: data.materialValueIdr === null },
    {
      key: 'exports', label: g('exportsCard'), value: data.exportUsdCents === null ? noData : bigMoney(data.exportUsdCents, 'USD', locale, t),
      note: g('exportsNote', { months: data.exportMonths, total: data.months }), isAbsent: data.exportUsdCents === null,
    },
  ];
  return (
    <>
      <div className="headline-figures">
        {cards.map((card) => (
          <div className="summary-card" key={card.key} data-testid={`report-${card.key}`}>
            <span className="summary-label">{card.label}</span>
            <span className={`headline-value${card.isAbsent ? ' is-absent' : ''}`} data-testid={`report-${card.key}-value`}>{card.value}</span>
            <span className="summary-note">{card.note}</span>
          </div>
        ))}
      </div>
      <div className="report-warning" data-testid="report-missing">
        <strong>{g('missingTitle')}</strong>: {data.missing.map((key) => t(`reportGovernment.missing.${key}`)).join('; ')}.
      </div>
      {data.completeness.length > 0 ? (
        <div className="report-warning" data-testid="report-completeness">
          <strong>{g('completenessTitle')}</strong>: {data.completeness.map((entry) => `${t(`reportGovernment.field.${entry.field}`)} ${fmt(entry.units)}`).join('; ')}.
        </div>
      ) : null}
      <GovernmentUnitsTable report={data} />
    </>
  );
}
