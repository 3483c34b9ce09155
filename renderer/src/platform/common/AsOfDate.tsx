import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateId, formatDateLong } from '../../../../shared/dates';
import { useApp } from '../appContext';
import { readAsOf } from './dateHint';

interface AsOfDateProps {
  /** The date as typed; empty is today. */
  text: string;
  onChange(text: string): void;
  today: string | null;
  /** The date the figures on screen are for, once they have loaded. */
  showing: string | null;
  testId: string;
  /** More controls on the same line (a search box). */
  children?: ReactNode;
}

/** "Per tanggal": the figures today or on any past date, the way the summary and the stock views ask. */
export function AsOfDate({ text, onChange, today, showing, testId, children }: AsOfDateProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const id = useId();
  const { isInvalid } = readAsOf(text);
  return (
    <div className="as-of-bar">
      <label htmlFor={id}>{t('ui.summary.asOf')}</label>
      <input
        id={id}
        type="text"
        className={isInvalid ? 'invalid' : ''}
        placeholder={today ? formatDateId(today) : t('ui.form.datePlaceholder')}
        value={text}
        onChange={(event) => onChange(event.target.value)}
        data-testid={testId}
      />
      <button type="button" className="button" onClick={() => onChange('')} data-testid={`${testId}-today`}>
        {t('ui.summary.today')}
      </button>
      <span className={isInvalid ? 'field-error' : 'muted'} data-testid={`${testId}-read`}>
        {isInvalid ? t('invalid.date') : showing ? t('ui.summary.showing', { date: formatDateLong(showing, locale) }) : ''}
      </span>
      {children}
    </div>
  );
}
