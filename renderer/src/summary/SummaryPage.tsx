import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateId, formatDateLong, parseDateText } from '../../../shared/dates';
import { useApp } from '../app/appContext';
import { PageHeader } from '../common/PageHeader';
import { useCallData } from '../common/useCallData';
import { SummaryCards } from './SummaryCards';
import { TimelineTable } from './TimelineTable';

const TIMELINE_FROM = 2015;

/** Ringkasan: the registry's figures today or on any past date, and year by year since 2015. */
export function SummaryPage() {
  const { t } = useTranslation();
  const { locale } = useApp();
  const today = useCallData('registry:summary', {});
  const [asOfText, setAsOfText] = useState('');
  const typed = asOfText.trim() === '' ? null : parseDateText(asOfText);
  const asOf = typed ?? today.data?.asOf;
  const summary = useCallData('registry:summary', asOf ? { asOf } : {});
  const year = Number((today.data?.asOf ?? '2026').slice(0, 4));
  const isInvalid = asOfText.trim() !== '' && typed === null;

  return (
    <div className="summary-page">
      <PageHeader title={t('ui.summary.title')} subtitle={t('ui.summary.subtitle')} />
      <div className="as-of-bar">
        <label htmlFor="as-of">{t('ui.summary.asOf')}</label>
        <input
          id="as-of"
          type="text"
          className={isInvalid ? 'invalid' : ''}
          placeholder={today.data ? formatDateId(today.data.asOf) : t('ui.form.datePlaceholder')}
          value={asOfText}
          onChange={(event) => setAsOfText(event.target.value)}
          data-testid="summary-as-of"
        />
        <button type="button" className="button" onClick={() => setAsOfText('')} data-testid="summary-today">
          {t('ui.summary.today')}
        </button>
        <span className={isInvalid ? 'field-error' : 'muted'} data-testid="summary-as-of-read">
          {isInvalid ? t('invalid.date') : summary.data ? t('ui.summary.showing', { date: formatDateLong(summary.data.asOf, locale) }) : ''}
        </span>
      </div>
      {summary.error ? <div className="form-error">{summary.error}</div> : null}
      {summary.data ? <SummaryCards summary={summary.data} /> : <div className="cards-placeholder" />}
      {today.data ? <TimelineTable fromYear={TIMELINE_FROM} toYear={year} /> : null}
    </div>
  );
}
