import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AsOfDate } from '../../platform/common/AsOfDate';
import { readAsOf } from '../../platform/common/dateHint';
import { PageHeader } from '../../platform/common/PageHeader';
import { useCallData } from '../../platform/common/useCallData';
import { SummaryCards } from './SummaryCards';
import { TimelineTable } from './TimelineTable';

const TIMELINE_FROM = 2015;

/** Ringkasan: the registry's figures today or on any past date, and year by year since 2015. */
export function SummaryPage() {
  const { t } = useTranslation();
  const today = useCallData('registry:summary', {});
  const [asOfText, setAsOfText] = useState('');
  const asOf = readAsOf(asOfText).iso ?? today.data?.asOf;
  const summary = useCallData('registry:summary', asOf ? { asOf } : {});
  const year = Number((today.data?.asOf ?? '2026').slice(0, 4));

  return (
    <div className="summary-page">
      <PageHeader title={t('ui.summary.title')} subtitle={t('ui.summary.subtitle')} />
      <AsOfDate text={asOfText} onChange={setAsOfText} today={today.data?.asOf ?? null} showing={summary.data?.asOf ?? null} testId="summary-as-of" />
      {summary.error ? <div className="form-error">{summary.error}</div> : null}
      {summary.data ? <SummaryCards summary={summary.data} /> : <div className="cards-placeholder" />}
      {today.data ? <TimelineTable fromYear={TIMELINE_FROM} toYear={year} /> : null}
    </div>
  );
}
