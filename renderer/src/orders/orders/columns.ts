import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { OrderSummary } from '../../../../shared/domain/orders';
import type { Locale } from '../../../../shared/i18n';
import { countryName } from '../../platform/common/choices';
import { formatAmount } from '../../platform/common/format';
import { dateColumn, moneyColumn, numberColumn, textColumn } from '../../platform/grid/columnKit';
import { statusLabel } from '../../platform/common/statusLabel';

/** The columns the orders page can sort by in SQL (shared/api/supply.ts, `orders:page`). */
export const SORTABLE = ['orderNo', 'orderDate', 'shipBy', 'buyerName', 'status', 'value'] as const;
export type OrderSort = (typeof SORTABLE)[number];

const SERVER_SIDE: ColDef<OrderSummary> = { filter: false };
const SORTS: ColDef<OrderSummary> = { ...SERVER_SIDE, sortable: true };

/** The orders table over pages from SQL: sortable where the backend sorts, nothing filtered in the browser. */
export function orderColumns(t: TFunction, locale: Locale): ColDef<OrderSummary>[] {
  return [
    textColumn<OrderSummary>('orderNo', t('ui.order.orderNo'), 130, { ...SORTS, cellClass: 'cell-mono' }),
    textColumn<OrderSummary>('buyerName', t('ui.order.buyer'), 220, { ...SORTS, flex: 1, minWidth: 150 }),
    textColumn<OrderSummary>('country', t('ui.buyer.country'), 115, {
      ...SERVER_SIDE,
      valueGetter: (params) => (params.data ? countryName(params.data.country, locale) : ''),
    }),
    dateColumn<OrderSummary>('orderDate', t('ui.columns.orderDate'), 125, { ...SORTS, sort: 'desc' }),
    dateColumn<OrderSummary>('shipBy', t('ui.columns.shipBy'), 120, SORTS),
    textColumn<OrderSummary>('status', t('ui.order.status'), 130, {
      ...SORTS,
      valueGetter: (params) => (params.data ? statusLabel(t, 'order', params.data.status) : ''),
      cellClass: (params) => `cell-order-status order-${params.data?.status ?? 'none'}`,
    }),
    numberColumn<OrderSummary>('lines', t('ui.order.lines'), 70, locale, SERVER_SIDE),
    numberColumn<OrderSummary>('qty', t('ui.order.qty'), 90, locale, SERVER_SIDE),
    moneyColumn<OrderSummary>('value', (order) => order.currency, t('ui.order.value'), 150, locale, SORTS),
    // The worth the table sorts by; unknown (not zero) while a foreign-currency order has no rate.
    moneyColumn<OrderSummary>('valueIdr', () => 'IDR', t('orders.form.valueIdr'), 150, locale, {
      ...SERVER_SIDE,
      valueFormatter: (params) => (params.data ? (params.data.valueIdr === null ? t('orders.form.noRate') : formatAmount(params.data.valueIdr, 'IDR', locale)) : ''),
    }),
  ];
}
