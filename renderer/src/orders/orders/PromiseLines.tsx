import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../shared/domain/catalogue';

export interface PromiseLineText {
  sku: string;
  qty: string;
}

interface PromiseLinesProps {
  lines: PromiseLineText[];
  products: readonly Product[];
  onChange(lines: PromiseLineText[]): void;
}

/** The products and quantities a buyer asks about, one row each. */
export function PromiseLines({ lines, products, onChange }: PromiseLinesProps) {
  const { t } = useTranslation();
  const update = (index: number, change: Partial<PromiseLineText>) => onChange(lines.map((line, at) => (at === index ? { ...line, ...change } : line)));
  return (
    <table className="line-table" data-testid="promise-lines">
      <thead>
        <tr>
          <th>{t('ui.promise.product')}</th>
          <th className="num">{t('ui.promise.qty')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {lines.map((line, index) => (
          <tr key={index}>
            <td>
              <select className="cell-input" aria-label={t('ui.promise.product')} value={line.sku} onChange={(event) => update(index, { sku: event.target.value })} data-testid={`promise-line-${index}-product`}>
                <option value="">{t('ui.form.choose')}</option>
                {products.map((product) => (
                  <option key={product.sku} value={product.sku}>{`${product.sku} — ${product.name}`}</option>
                ))}
              </select>
            </td>
            <td>
              <input className="cell-input num" inputMode="numeric" aria-label={t('ui.promise.qty')} value={line.qty} onChange={(event) => update(index, { qty: event.target.value })} data-testid={`promise-line-${index}-qty`} />
            </td>
            <td>
              {lines.length > 1 ? (
                <button type="button" className="icon-button" aria-label={t('ui.promise.removeLine')} onClick={() => onChange(lines.filter((_, at) => at !== index))}>
                  ×
                </button>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={3}>
            <button type="button" className="link-button" onClick={() => onChange([...lines, { sku: '', qty: '' }])} data-testid="promise-add-line">
              + {t('ui.promise.addLine')}
            </button>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
