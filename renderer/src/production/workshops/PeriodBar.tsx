import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateLong } from '../../../../shared/dates';
import { useApp } from '../../platform/appContext';
import { monthOf, periodText, readPeriod } from './period';
import type { PeriodInput } from './usePeriodInput';

interface PeriodBarProps {
  input: PeriodInput;
  today: string;
  /** More controls on the same line: a workshop filter, a search box, the export. */
  children?: ReactNode;
}

/** "Periode dd/mm/yyyy s.d. dd/mm/yyyy", with this month and last month one click away. */
export function PeriodBar({ input, today, children }: PeriodBarProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const id = useId();
  const read = readPeriod(input.text);
  const message = read.badFrom || read.badTo ? t('invalid.date') : read.isReversed ? t('workshops.period.reversed') : null;
  const set = (offset: number) => input.change(periodText(monthOf(today, offset)));
  return (
    <div className="as-of-bar period-bar">
      <label htmlFor={`${id}-from`}>{t('workshops.period.label')}</label>
      <input
        id={`${id}-from`}
        type="text"
        className={read.badFrom || read.isReversed ? 'invalid' : ''}
        value={input.text.fromText}
        onChange={(event) => input.change({ ...input.text, fromText: event.target.value })}
        data-testid="period-from"
      />
      <label htmlFor={`${id}-to`} className="period-to">{t('workshops.period.to')}</label>
      <input
        id={`${id}-to`}
        type="text"
        className={read.badTo || read.isReversed ? 'invalid' : ''}
        value={input.text.toText}
        onChange={(event) => input.change({ ...input.text, toText: event.target.value })}
        data-testid="period-to"
      />
      <button type="button" className="button" onClick={() => set(0)} data-testid="period-this-month">
        {t('workshops.period.thisMonth')}
      </button>
      <button type="button" className="button" onClick={() => set(-1)} data-testid="period-last-month">
        {t('workshops.period.lastMonth')}
      </button>
      <span className={message ? 'field-error' : 'muted'} data-testid="period-read">
        {message ?? t('workshops.period.showing', { from: formatDateLong(input.period.from, locale), to: formatDateLong(input.period.to, locale) })}
      </span>
      {children}
    </div>
  );
}
