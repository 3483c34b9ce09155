import type { TFunction } from 'i18next';
import type { Product } from '../../../../shared/domain/catalogue';
import { fromMinor, type Currency } from '../../../../shared/money';
import { foldKey } from '../../../../shared/normalize';
import { numberText } from '../../platform/common/formText';
import type { PasteColumn } from '../../platform/common/linePaste';
import type { OrderLineDraft } from './orderFormModel';

/** A product as a buyer's sheet names it: its SKU, our `SKU — name` choice, or its name. */
export function productOfText(text: string, products: readonly Product[]): Product | undefined {
  const folded = foldKey(text);
  const code = foldKey(text.split(' — ')[0]);
  return products.find((product) => foldKey(product.sku) === folded || foldKey(product.sku) === code) ?? products.find((product) => foldKey(product.name) === folded);
}

/** `USD 12,50`, `$12.50`, `Rp 15.000`: the amount without its currency (Rupiah's `Rp` is read as it is). */
function withoutCurrency(text: string): string {
  return text.replace(/^(USD|EUR|JPY|CNY|SGD|MYR|AUD|IDR|US\$|\$|€|¥)\s*/i, '');
}

/** The order line editor's columns as a pasted block fills them, in the editor's order. */
export function orderPasteColumns(t: TFunction, products: readonly Product[]): PasteColumn<OrderLineDraft>[] {
  return [
    {
      field: 'sku',
      headers: ['sku', 'kode', 'kode produk', 'kode barang', 'produk', 'product', 'artikel', 'article', 'item', 'barang', 'style', t('ui.order.product')],
      read: (text) => productOfText(text, products)?.sku ?? text,
    },
    { field: 'qty', headers: ['qty', 'jumlah', 'jml', 'kuantitas', 'quantity', 'banyaknya', 'pcs', t('ui.order.qty')] },
    { field: 'unitPrice', headers: ['harga', 'harga satuan', 'unit price', 'price', 'fob', t('ui.order.unitPrice')], read: withoutCurrency },
  ];
}

/** A pasted line without a price takes the product's list price when it is in the order's currency, as choosing it does. */
export function withListPrice(line: Partial<OrderLineDraft>, current: OrderLineDraft | undefined, products: readonly Product[], currency: Currency): Partial<OrderLineDraft> {
  const product = line.sku ? products.find((candidate) => candidate.sku === line.sku) : undefined;
  const price = line.unitPrice ?? current?.unitPrice ?? '';
  if (!product || product.currency !== currency || price.trim() !== '') return line;
  return { ...line, unitPrice: numberText(fromMinor(product.price, currency)) };
}
