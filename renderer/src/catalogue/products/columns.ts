import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { ProductCategory } from '../../../../shared/domain/centre';
import type { Product } from '../../../../shared/domain/catalogue';
import type { Locale } from '../../../../shared/i18n';
import { formatAmount, formatNumber } from '../../platform/common/format';
import { categoryName } from './categoryName';
import { moneyColumn, numberColumn, textColumn } from '../../platform/grid/columnKit';

/** `60 × 40 × 40` (cm), or nothing when the carton was not measured. */
export function cartonSize(product: Pick<Product, 'cartonLengthCm' | 'cartonWidthCm' | 'cartonHeightCm'>, locale: Locale): string {
  const sides = [product.cartonLengthCm, product.cartonWidthCm, product.cartonHeightCm];
  return sides.every((side) => side !== null) ? sides.map((side) => formatNumber(side, locale)).join(' × ') : '';
}

/** The products table: category by name, outer material translated, price with its currency. */
export function productColumns(t: TFunction, locale: Locale, categories: ProductCategory[]): ColDef<Product>[] {
  const byCode = new Map(categories.map((category) => [category.code, category]));
  return [
    textColumn<Product>('sku', t('ui.product.sku'), 90, { sort: 'asc', cellClass: 'cell-mono' }),
    textColumn<Product>('name', t('ui.product.name'), 200, { flex: 1, minWidth: 150 }),
    textColumn<Product>('category', t('ui.product.category'), 95, {
      valueGetter: (params) => (params.data ? categoryName(byCode.get(params.data.category), params.data.category, locale) : ''),
    }),
    textColumn<Product>('hsCode', t('ui.product.hsCode'), 90, { cellClass: 'cell-mono' }),
    textColumn<Product>('outerMaterial', t('ui.product.outerMaterial'), 100, {
      valueGetter: (params) => (params.data?.outerMaterial ? t(`ui.outerMaterial.${params.data.outerMaterial}`) : ''),
    }),
    numberColumn<Product>('labourMinutes', t('ui.columns.labourMinutes'), 90, locale),
    numberColumn<Product>('cartonQty', t('ui.columns.cartonQty'), 85, locale),
    textColumn<Product>('cartonLengthCm', t('ui.columns.cartonSize'), 110, {
      colId: 'cartonSize',
      valueGetter: (params) => (params.data ? cartonSize(params.data, locale) : ''),
      cellClass: 'cell-center',
    }),
    numberColumn<Product>('cartonGrossKg', t('ui.columns.cartonGrossKg'), 85, locale),
    moneyColumn<Product>('price', (product) => product.currency, t('ui.columns.price'), 115, locale),
    // Without a rate of its own the SPK is priced from the labour minutes when it is issued.
    moneyColumn<Product>('pieceRate', () => 'IDR', t('workshops.rate.column'), 115, locale, {
      valueFormatter: (params) => (params.data?.pieceRate === null ? t('workshops.rate.fromMinutes') : formatAmount(params.value, 'IDR', locale)),
      cellClassRules: { 'cell-muted': (params) => params.data?.pieceRate === null },
    }),
    numberColumn<Product>('bomLines', t('ui.columns.bomLines'), 70, locale, {
      cellClassRules: { 'cell-warning': (params) => params.data?.bomLines === 0 },
    }),
  ];
}
