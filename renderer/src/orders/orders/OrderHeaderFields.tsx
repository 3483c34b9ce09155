import { useTranslation } from 'react-i18next';
import { formatDateId } from '../../../../shared/dates';
import type { Buyer, ExchangeRate } from '../../../../shared/domain/orders';
import { CURRENCIES } from '../../../../shared/money';
import { RATE_WINDOW_DAYS } from '../../../../shared/rates';
import { useApp } from '../../platform/appContext';
import { countryName, currencyChoices, pick } from '../../platform/common/choices';
import { dateHint } from '../../platform/common/dateHint';
import { dateForInput, optionalAmount } from '../../platform/common/formText';
import { formatNumber } from '../../platform/common/format';
import { SelectField } from '../../platform/common/SelectField';
import { TextField } from '../../platform/common/TextField';
import type { ValidatedForm } from '../../platform/common/useValidatedForm';
import type { OrderFormValues } from './orderFormModel';
import { rateOn } from '../rates/rateOn';

interface OrderHeaderFieldsProps {
  form: ValidatedForm<OrderFormValues>;
  buyers: Buyer[];
  rates: ExchangeRate[];
  isNew: boolean;
  isLocked: boolean;
}

/** Who ordered, when, by when it must leave the centre, in which currency and at which rate. */
export function OrderHeaderFields({ form, buyers, rates, isNew, isLocked }: OrderHeaderFieldsProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const { values, errors, set } = form;
  const orderDay = dateForInput(values.orderDate);
  const recorded = rateOn(rates, values.currency, orderDay);
  // The hint names the day whose rate is used: the order's own, or an earlier one within the window.
  const rateHint = recorded
    ? t(recorded.validOn === orderDay ? 'rates.form.sameDay' : 'rates.form.earlierDay', { rate: formatNumber(recorded.idrPerUnit, locale), date: formatDateId(recorded.validOn) })
    : orderDay
      ? t('rates.form.none', { currency: values.currency, days: RATE_WINDOW_DAYS, date: formatDateId(orderDay) })
      : t('orders.form.rateMissing', { currency: values.currency });
  // A saved order shows its rate in the field: say which day's recorded rate it is.
  const isRecordedRate = recorded !== null && optionalAmount(values.idrRate) === recorded.idrPerUnit;
  const savedRateHint = isRecordedRate ? t('rates.form.fromDay', { date: formatDateId(recorded.validOn) }) : undefined;

  function chooseBuyer(code: string) {
    set('buyerCode', code);
    // The order's currency follows its buyer, as long as nothing else was chosen by hand.
    const buyer = buyers.find((option) => option.buyerCode === code);
    if (buyer && isNew) set('currency', buyer.currency);
    // So do its payment terms on a new order; the field stays changeable for this one order.
    if (buyer && isNew) set('paymentTerms', buyer.paymentTerms ?? '');
  }

  return (
    <div className="form-grid">
      <TextField label={t('ui.order.orderNo')} value={values.orderNo} onChange={(value) => set('orderNo', value)} error={errors.orderNo} required autoFocus={isNew} testId="order-orderNo" />
      <SelectField
        label={t('ui.order.buyer')}
        value={values.buyerCode}
        options={[
          { value: '', label: t('ui.form.choose') },
          ...buyers.map((buyer) => ({ value: buyer.buyerCode, label: `${buyer.name} (${buyer.buyerCode}, ${countryName(buyer.country, locale)})` })),
        ]}
        onChange={chooseBuyer}
        error={errors.buyerCode}
        required
        testId="order-buyer"
      />
      <TextField label={t('ui.order.orderDate')} value={values.orderDate} placeholder={t('ui.form.datePlaceholder')} onChange={(value) => set('orderDate', value)} error={errors.orderDate} hint={dateHint(values.orderDate, locale, t)} required testId="order-orderDate" />
      <TextField label={t('ui.order.shipBy')} value={values.shipBy} placeholder={t('ui.form.datePlaceholder')} onChange={(value) => set('shipBy', value)} error={errors.shipBy} hint={dateHint(values.shipBy, locale, t, t('ui.orderForm.shipByHint'))} required testId="order-shipBy" />
      <SelectField
        label={t('ui.order.currency')}
        value={values.currency}
        options={currencyChoices()}
        onChange={(value) => set('currency', pick(CURRENCIES, value) ?? values.currency)}
        error={errors.currency}
        hint={isLocked ? undefined : t('ui.orderForm.currencyHint')}
        required
        testId="order-currency"
      />
      {values.currency !== 'IDR' ? (
        <TextField
          label={t('ui.order.idrRate', { currency: values.currency })}
          value={values.idrRate}
          inputMode="decimal"
          placeholder={recorded ? formatNumber(recorded.idrPerUnit, locale) : undefined}
          onChange={(value) => set('idrRate', value)}
          error={errors.idrRate}
          hint={values.idrRate.trim() ? savedRateHint : rateHint}
          testId="order-idrRate"
        />
      ) : (
        <div />
      )}
      <TextField label={t('ui.order.buyerPo')} value={values.buyerPo} onChange={(value) => set('buyerPo', value)} error={errors.buyerPo} hint={t('ui.orderForm.buyerPoHint')} testId="order-buyerPo" />
      <TextField label={t('ui.order.buyerPoDate')} value={values.buyerPoDate} placeholder={t('ui.form.datePlaceholder')} onChange={(value) => set('buyerPoDate', value)} error={errors.buyerPoDate} hint={dateHint(values.buyerPoDate, locale, t)} testId="order-buyerPoDate" />
      <TextField label={t('ui.order.paymentTerms')} value={values.paymentTerms} onChange={(value) => set('paymentTerms', value)} error={errors.paymentTerms} hint={t('ui.orderForm.paymentTermsHint')} wide testId="order-paymentTerms" />
      <TextField label={t('ui.order.note')} value={values.note} onChange={(value) => set('note', value)} error={errors.note} wide testId="order-note" />
    </div>
  );
}
