import { useTranslation } from 'react-i18next';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** A month as people pick it: the month by name, then the year. `value` is `YYYY-MM`. */
export function MonthPicker({ label, value, years, onChange, testId }: { label: string; value: string; years: number[]; onChange(month: string): void; testId: string }) {
  const { t } = useTranslation();
  const year = value.slice(0, 4);
  const month = Number(value.slice(5, 7));
  return (
    <div className="month-picker" role="group" aria-label={label}>
      <span className="month-picker-label">{label}</span>
      <select
        value={month}
        aria-label={t('exports.reports.monthOf', { which: label })}
        data-testid={`${testId}-month`}
        onChange={(event) => onChange(`${year}-${event.target.value.padStart(2, '0')}`)}
      >
        {MONTHS.map((m) => (
          <option key={m} value={m}>
            {t(`exports.month.${m}`)}
          </option>
        ))}
      </select>
      <select value={year} aria-label={t('exports.reports.yearOf', { which: label })} data-testid={`${testId}-year`} onChange={(event) => onChange(`${event.target.value}-${value.slice(5, 7)}`)}>
        {years.map((y) => (
          <option key={y} value={String(y)}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}
