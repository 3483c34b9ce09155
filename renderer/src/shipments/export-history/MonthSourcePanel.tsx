import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonthSource } from '../../../../shared/api/exports';
import { call } from '../../platform/api/client';
import { useApp } from '../../platform/appContext';
import { formatAmount } from '../../platform/common/format';
import { useCallData } from '../../platform/common/useCallData';
import { monthText } from '../../platform/common/reportFormat';

/**
 * Sumber per bulan: the months that have both export history and shipments, both figures, which
 * one the reports count (chosen, or the shipments until somebody chooses) and the buttons to
 * choose; also any other month, before its history is imported.
 */
export function MonthSourcePanel({ today, changed }: { today: string | null; changed: unknown }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const thisMonth = (today ?? '2100-01-01').slice(0, 7);
  const sources = useCallData('exports:monthSources', { from: '1970-01', to: thisMonth });
  const [other, setOther] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const { reload } = sources;
  useEffect(() => {
    void reload();
  }, [changed, reload]);
  const choose = async (months: string[], source: MonthSource) => {
    await call('exports:chooseMonthSource', { months, source });
    setMessage(months.map((month) => t('exports.source.saved', { month: monthText(month, t), source: t(`exports.source.${source}`) })).join(' '));
    void reload();
  };
  const both = (sources.data ?? []).filter((month) => month.twoSources);
  const usd = (cents: number | null) => formatAmount(cents ?? 0, 'USD', locale);
  const buttons = (months: string[]) => (
    <>
      <button type="button" className="button" data-testid={`keep-history-${months[0]}`} onClick={() => void choose(months, 'history')}>{t('exports.source.keepHistory')}</button>
      <button type="button" className="button" data-testid={`keep-shipments-${months[0]}`} onClick={() => void choose(months, 'shipments')}>{t('exports.source.keepShipments')}</button>
    </>
  );
  return (
    <section className="month-source-panel" data-testid="month-source-panel">
      <h2>{t('exports.source.panelTitle')}</h2>
      <p className="muted">{t('exports.source.panelHint')} {t('exports.source.rule')}</p>
      {both.length === 0 ? <p data-testid="month-source-none">{t('exports.source.panelEmpty')}</p> : null}
      {both.map((month) => (
        <div key={month.month} className="month-source-row" data-testid={`month-source-${month.month}`}>
          <strong>{monthText(month.month, t)}</strong>
          <span>{`${t('exports.source.history')}: ${usd(month.historyUsdCents)} · ${t('exports.source.shipments')}: ${usd(month.shipmentsUsdCents)}`}</span>
          <span className={month.chosen ? '' : 'is-warning'}>
            {month.chosen
              ? `${t(`exports.source.${month.source ?? 'history'}`)} — ${t('exports.source.chosenBy', { by: month.chosen.by, at: month.chosen.at.slice(0, 10) })}`
              : `${t('exports.source.twoSources')}: ${t('exports.source.notChosen')}`}
          </span>
          {buttons([month.month])}
        </div>
      ))}
      <div className="month-source-row">
        <label htmlFor="month-source-other">{t('exports.source.otherMonth')}</label>
        <input id="month-source-other" type="month" value={other} max={thisMonth} onChange={(event) => setOther(event.target.value)} aria-label={t('exports.columns.month')} data-testid="month-source-other" />
        {/^\d{4}-\d{2}$/.test(other) ? buttons([other]) : null}
      </div>
      {message ? <p role="status" data-testid="month-source-saved">{message}</p> : null}
    </section>
  );
}
