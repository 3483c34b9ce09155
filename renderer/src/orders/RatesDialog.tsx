import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateId } from '../../../shared/dates';
import type { ExchangeRate } from '../../../shared/domain/orders';
import { call } from '../api/client';
import { useApp } from '../app/appContext';
import { RecordFormDialog } from '../common/RecordFormDialog';
import { formatNumber } from '../common/format';
import { useCallData } from '../common/useCallData';
import { useRecordForm } from '../common/useRecordForm';
import { RateFields } from './RateFields';
import { emptyRate, formToInput, validateRate, type RateFormValues } from './rateFormModel';

/** Kurs: the rates orders in foreign currencies are valued at, newest first, and a new one. */
export function RatesDialog({ today, onClose }: { today: string; onClose(): void }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const rates = useCallData('rates:list', {});
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
  const sorted = [...(rates.data ?? [])].sort((a, b) => b.validOn.localeCompare(a.validOn) || a.currency.localeCompare(b.currency));
  return (
    <RecordFormDialog
      title={t('ui.rate.title')}
      formId="rate-form"
      record={record}
      onClose={onClose}
      after={
        <section className="history">
          <h3>{t('ui.rate.recorded')}</h3>
          {rates.error ? <div className="form-error">{rates.error}</div> : null}
          {sorted.length === 0 ? <p className="muted">{t('ui.rate.none')}</p> : null}
          {sorted.length > 0 ? (
            <div className="table-scroll">
              <table className="plain-table compact" data-testid="rates-table">
                <thead>
                  <tr>
                    <th>{t('ui.rate.currency')}</th>
                    <th>{t('ui.rate.validOn')}</th>
                    <th className="num">{t('ui.rate.perUnit')}</th>
                    <th>{t('ui.rate.source')}</th>
                  </tr>
                </thead>
                <tbody>
                  {sorted.map((rate) => (
                    <tr key={`${rate.currency}-${rate.validOn}`}>
                      <td>{rate.currency}</td>
                      <td>{formatDateId(rate.validOn)}</td>
                      <td className="num">Rp {formatNumber(rate.idrPerUnit, locale)}</td>
                      <td>{rate.source ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </section>
      }
    >
      <p className="dialog-text muted">{t('ui.rate.explained')}</p>
      <RateFields form={record.form} />
    </RecordFormDialog>
  );
}
