import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../shared/domain/catalogue';
import { fromMinor, toRupiah, type Currency } from '../../../../shared/money';
import { useApp } from '../../platform/appContext';
import { formatAmount, formatNumber } from '../../platform/common/format';
import { numberForInput, numberText } from '../../platform/common/formText';
import { useLinePaste } from '../../platform/common/useLinePaste';
import type { LineItems } from '../../platform/common/useLineItems';
import { OrderLineRow } from './OrderLineRow';
import { BLANK_ORDER_LINE, unitPriceMinor, type OrderLineDraft } from './orderFormModel';
import { orderPasteColumns, withListPrice } from './orderLinePaste';

interface OrderLinesProps {
  lines: LineItems<OrderLineDraft>;
  products: Product[];
  currency: Currency;
  /** Rupiah per unit of the currency, for the total in rupiah; null when unknown. */
  rate: number | null;
  error?: string;
}

/**
 * The order's lines, editable, with the order's total quantity and value as typed. A block copied
 * from a spreadsheet and pasted into any cell becomes lines from there on, checked but not saved.
 */
export function OrderLines({ lines, products, currency, rate, error }: OrderLinesProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const paste = useLinePaste<OrderLineDraft>({
    columns: orderPasteColumns(t, products),
    labels: { sku: t('ui.order.product'), qty: t('ui.order.qty'), unitPrice: t('ui.order.unitPrice') },
    apply: (at, rows) => lines.paste(at, rows.map((row, offset) => withListPrice(row, lines.lines[at + offset], products, currency)), BLANK_ORDER_LINE),
    errorsOf: lines.errorsOf,
    lineCount: lines.lines.length,
    testId: 'order-lines-pasted',
  });
  let qty = 0;
  let value = 0;
  for (const line of lines.lines) {
    const lineQty = numberForInput(line.qty);
    const price = unitPriceMinor(line, currency);
    if (Number.isFinite(lineQty)) qty += lineQty;
    if (Number.isFinite(lineQty) && Number.isFinite(price)) value += lineQty * price;
  }

  function choose(index: number, product: Product | undefined) {
    lines.set(index, 'sku', product?.sku ?? '');
    // The product's list price, when it is in the order's currency and no price was typed yet.
    if (product && product.currency === currency && lines.lines[index].unitPrice.trim() === '') {
      lines.set(index, 'unitPrice', numberText(fromMinor(product.price, currency)));
    }
  }

  return (
    <section className="order-lines">
      <h3>{t('ui.orderForm.lines')}</h3>
      {error ? <div className="form-error" data-testid="order-lines-error">{error}</div> : null}
      {paste.notice}
      <table ref={paste.area} className="plain-table line-table" data-testid="order-lines">
        <thead>
          <tr>
            <th className="num">{t('ui.print.rowNo')}</th>
            <th className="wide">{t('ui.order.product')}</th>
            <th className="num">{t('ui.order.qty')}</th>
            <th className="num">{t('ui.orderForm.unitPriceIn', { currency })}</th>
            <th className="num">{t('ui.orderForm.lineTotal')}</th>
            <th aria-label={t('ui.bom.removeLineHeader')} />
          </tr>
        </thead>
        <tbody>
          {lines.lines.map((line, index) => (
            <OrderLineRow
              key={line.key}
              index={index}
              line={line}
              errors={lines.errorsOf(index)}
              products={products}
              currency={currency}
              onChange={(field, text) => lines.set(index, field, text)}
              onChooseProduct={(product) => choose(index, product)}
              onRemove={() => lines.remove(index)}
            />
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={2}>
              <button type="button" className="link-button" data-testid="order-add-line" onClick={() => lines.add(BLANK_ORDER_LINE)}>
                + {t('ui.orderForm.addLine')}
              </button>
            </td>
            <td className="num strong" data-testid="order-total-qty">{formatNumber(qty, locale)}</td>
            <td className="num">{t('ui.orderForm.total')}</td>
            <td className="num strong" data-testid="order-total">{formatAmount(value, currency, locale)}</td>
            <td />
          </tr>
          {currency !== 'IDR' && rate !== null ? (
            <tr className="muted">
              <td colSpan={4} className="num">{t('ui.orderForm.totalRupiah', { rate: formatNumber(rate, locale) })}</td>
              <td className="num" data-testid="order-total-idr">{formatAmount(toRupiah(value, currency, rate), 'IDR', locale)}</td>
              <td />
            </tr>
          ) : null}
          {currency !== 'IDR' && rate === null ? (
            // Without a rate the rupiah worth is unknown, never zero.
            <tr className="muted">
              <td colSpan={4} className="num">{t('orders.form.valueIdr')}</td>
              <td className="num" data-testid="order-total-idr">{t('orders.form.noRate')}</td>
              <td />
            </tr>
          ) : null}
        </tfoot>
      </table>
    </section>
  );
}
