import { useTranslation } from 'react-i18next';
import { CURRENCIES, type Currency } from '../../../../shared/money';
import { currencyChoices, pick } from './choices';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

interface MoneyFieldProps {
  label: string;
  /** The amount as typed, in major units (`12,50`). */
  amount: string;
  currency: Currency;
  onAmount(text: string): void;
  onCurrency(currency: Currency): void;
  error?: string;
  /** How the amount was read (`Disimpan sebagai USD 12,50`). */
  hint?: string;
  required?: boolean;
  /** `product-price` gives `product-price` and `product-currency`. */
  testId: string;
  currencyTestId: string;
}

/** An amount and its currency side by side, as a price list writes them. */
export function MoneyField(props: MoneyFieldProps) {
  const { t } = useTranslation();
  return (
    <div className="field-pair">
      <TextField
        label={props.label}
        value={props.amount}
        inputMode="decimal"
        onChange={props.onAmount}
        error={props.error}
        hint={props.hint}
        required={props.required}
        testId={props.testId}
      />
      <SelectField
        label={t('ui.product.currency')}
        value={props.currency}
        options={currencyChoices()}
        onChange={(value) => props.onCurrency(pick(CURRENCIES, value) ?? props.currency)}
        testId={props.currencyTestId}
      />
    </div>
  );
}
