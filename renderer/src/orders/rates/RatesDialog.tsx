import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateId } from '../../../../shared/dates';
import type { ExchangeRate } from '../../../../shared/domain/orders';
import { RATE_WINDOW_DAYS } from '../../../../shared/rates';
import { call } from '../../platform/api/client';
import { useApp } from '../../platform/appContext';
import { RecordFormDialog } from '../../platform/common/RecordFormDialog';
import { formatNumber } from '../../platform/common/format';
import { useCallData } from '../../platform/common/useCallData';
import { useRecordForm } from '../../platform/common/useRecordForm';
import { RateFields } from './RateFields';
import { emptyRate, formToInput, validateRate, type RateFormValues } from './rateFormModel';

/** Days shown at first, and added by "more": a year of daily rates is a thousand rows. */
const DAYS_SHOWN = 30;

/** One row per day with a rate: each currency's rupiah per unit on that day, and where the day's rates came from. */
interface RateDay {
  day: string;
  byCurrency: Map<string, number>;
  sources: Set<string>;
}

function byDay(rates: ExchangeRate[]): RateDay[] {
  const days = new Map<string, RateDay>();
  for (const rate of rates) {
    const day = days.get(rate.validOn) ?? { day: rate.validOn, byCurrency: new Map(), sources: new Set() };
    day.byCurrency.set(rate.currency, rate.idrPerUnit);
    if (rate.source) day.sources.add(rate.source);
    days.set(rate.validOn, day);
  }
  return [...days.values()].sort((a, b) => b.day.localeCompare(a.day));
}

/** Kurs: the daily rates foreign-currency values are taken at, newest day first, and a new one. */
export function RatesDialog({ today, onClose }: { today: string; onClose(): void }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const rates = useCallData('rates:list', {});
  const [shown, setShown] = useState(DAYS_SHOWN);
  const validate = useCallback((values: RateFormValues) => validateRate(values, t), [t]);
  const record = useRecordForm<RateFormValues, never, ExchangeRate>({
    recordId: null,
    empty: emptyRate(today),
    validate,
    persist: (values) => call('rates:save', formToInput(values)),
    onSaved: () => {
      record.form.replace({ ...record.form.values, idrPerUnit: '', source: '' });
      void rates.reload();
    },
  });
  const all = rates.data ?? [];
  const currencies = [...new Set(all.map((rate) => rate.currency))].sort();
  const days = byDay(all);
  return (
    <RecordFormDialog
      title={t('ui.rate.title')}
      formId="rate-form"
      record={record}
      onClose={onClose}
      after={
        <section className="history">
          <h3>{t('rates.dialog.perDay')}</h3>
          {rates.error ? <div className="form-error">{rates.error}</div> : null}
          {days.length === 0 ? <p className="muted">{t('ui.rate.none')}</p> : null}
          {days.length > 0 ? (
            <div className="table-scroll">
              <table className="plain-table compact" data-testid="rates-table">
                <thead>
                  <tr>
                    <th>{t('rates.columns.date')}</th>
                    {currencies.map((currency) => (
                      <th key={currency} className="num">{t('ui.rate.idrPerUnit', { currency })}</th>
                    ))}
                    <th>{t('ui.rate.source')}</th>
                  </tr>
                </thead>
                <tbody>
                  {days.slice(0, shown).map((day) => (
                    <tr key={day.day} data-testid="rate-day">
                      <td>{formatDateId(day.day)}</td>
                      {currencies.map((currency) => {
                        const rate = day.byCurrency.get(currency);
                        return <td key={currency} className="num">{rate === undefined ? '' : formatNumber(rate, locale)}</td>;
                      })}
                      <td>{[...day.sources].join(', ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {days.length > shown ? (
            <button type="button" className="button" onClick={() => setShown(shown + DAYS_SHOWN * 2)} data-testid="rates-more">
              {t('rates.dialog.more', { count: days.length - shown })}
            </button>
          ) : null}
        </section>
      }
    >
      <p className="dialog-text muted" data-testid="rates-rule">{t('rates.dialog.intro', { days: RATE_WINDOW_DAYS })}</p>
      <RateFields form={record.form} />
    </RecordFormDialog>
  );
}
