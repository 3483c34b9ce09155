import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../shared/domain/catalogue';
import type { Currency } from '../../../../shared/money';
import { useApp } from '../../platform/appContext';
import { CellField } from '../../platform/common/CellField';
import { formatAmount } from '../../platform/common/format';
import { numberForInput } from '../../platform/common/formText';
import { RemoveLineButton } from '../../platform/common/RemoveLineButton';
import type { FieldErrors } from '../../platform/common/validation';
import { unitPriceMinor, type OrderLineDraft } from './orderFormModel';

interface OrderLineRowProps {
  index: number;
  line: OrderLineDraft;
  errors: FieldErrors;
  products: Product[];
  currency: Currency;
  onChange<K extends keyof OrderLineDraft & string>(field: K, value: OrderLineDraft[K]): void;
  onChooseProduct(product: Product | undefined): void;
  onRemove(): void;
}

/** One line of an order: which product, how many, at what price, and what the line comes to. */
export function OrderLineRow({ index, line, errors, products, currency, onChange, onChooseProduct, onRemove }: OrderLineRowProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const qty = numberForInput(line.qty);
  const price = unitPriceMinor(line, currency);
  const total = Number.isFinite(qty) && Number.isFinite(price) && line.qty.trim() && line.unitPrice.trim() ? qty * price : null;
  const testId = `order-line-${index}`;
  const choices = [{ value: '', label: t('ui.form.choose') }, ...products.map((product) => ({ value: product.sku, label: `${product.sku} — ${product.name}` }))];
  // A pasted code that is no product stays in view beside its message, to be corrected.
  if (line.sku && !products.some((product) => product.sku === line.sku)) choices.push({ value: line.sku, label: line.sku });
  return (
    <tr data-testid={testId} data-line={index}>
      <td className="num line-text">{index + 1}</td>
      <td data-field="sku">
        <CellField
          label={t('ui.order.product')}
          value={line.sku}
          options={choices}
          onChange={(sku) => onChooseProduct(products.find((product) => product.sku === sku))}
          error={errors.sku}
          testId={`${testId}-product`}
        />
      </td>
      <td data-field="qty">
        <CellField label={t('ui.order.qty')} value={line.qty} inputMode="numeric" onChange={(value) => onChange('qty', value)} error={errors.qty} testId={`${testId}-qty`} />
      </td>
      <td data-field="unitPrice">
        <CellField label={t('ui.order.unitPrice')} value={line.unitPrice} inputMode="decimal" onChange={(value) => onChange('unitPrice', value)} error={errors.unitPrice} testId={`${testId}-price`} />
      </td>
      <td className="num strong line-text" data-testid={`${testId}-total`}>
        {total !== null ? formatAmount(total, currency, locale) : '–'}
      </td>
      <td>
        <RemoveLineButton line={index + 1} testId={`${testId}-remove`} onRemove={onRemove} />
      </td>
    </tr>
  );
}
