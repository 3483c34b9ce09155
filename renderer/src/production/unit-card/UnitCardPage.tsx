import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../platform/common/hashRoute';
import { PageHeader } from '../../platform/common/PageHeader';
import { useCallData } from '../../platform/common/useCallData';
import { useCentreToday } from '../../platform/common/useCentreToday';
import { monthOf, periodText, readPeriod, type Period } from '../workshops/period';
import { UnitCardBody } from './UnitCardBody';
import './unit-card.css';

/** Kartu unit usaha: one workshop's story on one page, for six months up to this month unless chosen. */
export function UnitCardPage({ unitCode, from, to }: { unitCode: string; from?: string; to?: string }) {
  const { t } = useTranslation();
  const today = useCentreToday();
  if (!today) return <div className="boot-message">{t('ui.common.loading')}</div>;
  const period = from && to ? { from, to } : { from: monthOf(today, -5).from, to: monthOf(today).to };
  return <UnitCardScreen key={`${unitCode}/${period.from}/${period.to}`} unitCode={unitCode} period={period} />;
}

function UnitCardScreen({ unitCode, period }: { unitCode: string; period: Period }) {
  const { t } = useTranslation();
  const id = useId();
  const card = useCallData('units:card', { code: unitCode, from: period.from, to: period.to });
  const [text, setText] = useState(() => periodText(period));
  const read = readPeriod(text);
  const show = () => {
    if (read.period) navigate({ page: 'unitCard', unitCode, from: read.period.from, to: read.period.to });
  };
  return (
    <div className="unit-card-page" data-testid="unit-card">
      <PageHeader
        title={t('unitCard.title', { code: unitCode })}
        subtitle={card.data ? `${card.data.unit.name} · ${t('unitCard.period', { from: text.fromText, to: text.toText })}` : undefined}
        actions={
          <>
            <button type="button" className="button" onClick={() => navigate({ page: 'units' })} data-testid="card-back">{t('unitCard.back')}</button>
            <button type="button" className="button primary" disabled={!card.data} data-testid="card-print"
              onClick={() => navigate({ page: 'print', list: 'unit-card', unitCode, from: period.from, to: period.to })}>
              {t('unitCard.print')}
            </button>
          </>
        }
      />
      <form className="as-of-bar period-bar" onSubmit={(event) => { event.preventDefault(); show(); }}>
        <label htmlFor={`${id}-from`}>{t('unitCard.from')}</label>
        <input id={`${id}-from`} type="text" className={read.badFrom || read.isReversed ? 'invalid' : ''} value={text.fromText}
          onChange={(event) => setText({ ...text, fromText: event.target.value })} data-testid="card-from" />
        <label htmlFor={`${id}-to`} className="period-to">{t('unitCard.to')}</label>
        <input id={`${id}-to`} type="text" className={read.badTo || read.isReversed ? 'invalid' : ''} value={text.toText}
          onChange={(event) => setText({ ...text, toText: event.target.value })} data-testid="card-to" />
        <button type="submit" className="button" disabled={!read.period} data-testid="card-show">{t('unitCard.show')}</button>
        {read.badFrom || read.badTo ? <span className="form-error">{t('invalid.date')}</span> : read.isReversed ? <span className="form-error">{t('workshops.period.reversed')}</span> : null}
      </form>
      {card.error ? <div className="form-error" data-testid="card-error">{card.error}</div> : null}
      {card.data ? <UnitCardBody card={card.data} /> : card.error ? null : <div className="boot-message">{t('ui.common.loading')}</div>}
    </div>
  );
}
