import { useTranslation } from 'react-i18next';
import { MonthPicker } from './MonthPicker';
import { presetPeriods } from '../platform/common/reportFormat';

export interface MonthPeriod {
  from: string;
  to: string;
}

interface PeriodBarProps {
  period: MonthPeriod;
  today: string;
  onChange(period: MonthPeriod): void;
  onDownload(): void;
  onPrint(): void;
  isBusy: boolean;
}

/** The report's months (from, to, or a quick choice) and what to do with it: download or print. */
export function PeriodBar({ period, today, onChange, onDownload, onPrint, isBusy }: PeriodBarProps) {
  const { t } = useTranslation();
  const thisYear = Number(today.slice(0, 4));
  const years = Array.from({ length: 16 }, (_, i) => thisYear - i);
  const presets = presetPeriods(today);
  return (
    <div className="toolbar period-bar" role="toolbar" aria-label={t('exports.reports.list.export-performance.title')}>
      <MonthPicker label={t('exports.reports.from')} value={period.from} years={years} onChange={(from) => onChange({ ...period, from })} testId="period-from" />
      <MonthPicker label={t('exports.reports.to')} value={period.to} years={years} onChange={(to) => onChange({ ...period, to })} testId="period-to" />
      <div className="chips">
        {(['yearToDate', 'lastYear', 'last12'] as const).map((key) => {
          const preset = presets[key];
          const isActive = preset.from === period.from && preset.to === period.to;
          return (
            <button key={key} type="button" className={`chip${isActive ? ' active preset-active' : ''}`} data-testid={`period-${key}`} onClick={() => onChange(preset)}>
              {t(`exports.reports.preset.${key}`)}
            </button>
          );
        })}
      </div>
      <div className="period-actions">
        <button type="button" className="button" data-testid="report-download" disabled={isBusy} onClick={onDownload}>
          {t('exports.reports.download')}
        </button>
        <button type="button" className="button primary" data-testid="report-print" onClick={onPrint}>
          {t('exports.reports.print')}
        </button>
      </div>
    </div>
  );
}
