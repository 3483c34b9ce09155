import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { Locale } from '../../../shared/i18n';
import { formatNumber } from '../platform/common/format';
import { dateColumn, moneyColumn, numberColumn, textColumn } from '../platform/grid/columnKit';
import type { PurchaseRow } from './purchaseRows';
import { statusLabel } from '../platform/common/statusLabel';

/** The purchase orders table: newest first, status in words and colour, value in the order's currency. */
export function purchaseColumns(t: TFunction, locale: Locale): ColDef<PurchaseRow>[] {
  return [
    textColumn<PurchaseRow>('poNo', t('purchasing.column.poNo'), 130, { cellClass: 'cell-mono' }),
    textColumn<PurchaseRow>('supplier', t('purchasing.column.supplier'), 240, {
      flex: 1,
      minWidth: 180,
      // The search box finds a PO by its supplier or by any material on it.
      getQuickFilterText: (params) => (params.data ? `${params.data.supplier} ${params.data.materials}` : ''),
    }),
    dateColumn<PurchaseRow>('orderDate', t('purchasing.column.orderDate'), 120, { sort: 'desc' }),
    dateColumn<PurchaseRow>('expectedOn', t('purchasing.column.expectedOn'), 140),
    textColumn<PurchaseRow>('status', t('purchasing.column.status'), 120, {
      valueGetter: (params) => (params.data ? statusLabel(t, 'purchase', params.data.status) : ''),
      cellClass: (params) => `cell-order-status po-${params.data?.status ?? 'none'}`,
    }),
    numberColumn<PurchaseRow>('lineCount', t('purchasing.column.lines'), 80, locale),
    moneyColumn<PurchaseRow>('value', (po) => po.currency, t('purchasing.column.value'), 160, locale),
    numberColumn<PurchaseRow>('receivedPct', t('purchasing.column.receivedPct'), 110, locale, {
      valueFormatter: (params) => (typeof params.value === 'number' ? `${formatNumber(params.value, locale)} %` : ''),
    }),
    textColumn<PurchaseRow>('note', t('purchasing.column.note'), 200, { hide: true }),
  ];
}
