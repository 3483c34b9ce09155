import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { Delivery, PieceRateStatement, WorkshopMaterialAccount } from '../../../../shared/api/production';
import type { Locale } from '../../../../shared/i18n';
import { formatQty } from '../../platform/common/format';
import { dateColumn, moneyColumn, numberColumn, textColumn } from '../../platform/grid/columnKit';
import { formatPercent } from './figures';
import type { Currency } from '../../../../shared/money';

export type DeliveryRow = Delivery & { unitName: string; rejectShare: number };
export type StatementRow = PieceRateStatement & { accepted: number; rejected: number };

const inRupiah = (): Currency => 'IDR';

/** Setoran: one row per delivery in the period. */
export function deliveryColumns(t: TFunction, locale: Locale): ColDef<DeliveryRow>[] {
  return [
    dateColumn<DeliveryRow>('deliveredOn', t('workshops.column.deliveredOn'), 115, { sort: 'asc' }),
    textColumn<DeliveryRow>('unitCode', t('workshops.column.unitCode'), 105, { cellClass: 'cell-mono' }),
    textColumn<DeliveryRow>('unitName', t('workshops.column.unitName'), 190, { flex: 1, minWidth: 150 }),
    textColumn<DeliveryRow>('orderNo', t('workshops.column.orderNo'), 135, { cellClass: 'cell-mono' }),
    textColumn<DeliveryRow>('sku', t('workshops.column.sku'), 115, { cellClass: 'cell-mono' }),
    numberColumn<DeliveryRow>('accepted', t('workshops.column.accepted'), 120, locale),
    numberColumn<DeliveryRow>('rejected', t('workshops.column.rejected'), 135, locale, {
      cellClassRules: { 'cell-warning': (params) => (params.data?.rejected ?? 0) > 0 },
    }),
    numberColumn<DeliveryRow>('rejectShare', t('workshops.column.rejectPct'), 95, locale, {
      valueFormatter: (params) => (typeof params.value === 'number' ? formatPercent(params.value, locale) : ''),
    }),
    textColumn<DeliveryRow>('note', t('workshops.column.note'), 200, { flex: 1, minWidth: 140 }),
  ];
}

/** Ongkos Jahit: one row per workshop with its statement for the period; fixed widths keep net payable in view beside a scrollbar. */
export function statementColumns(t: TFunction, locale: Locale): ColDef<StatementRow>[] {
  const money = (field: 'gross' | 'advances' | 'materialOveruse' | 'net', width: number, extra: ColDef<StatementRow> = {}) =>
    moneyColumn<StatementRow>(field, inRupiah, t(`workshops.column.${field}`), width, locale, extra);
  return [
    textColumn<StatementRow>('unitCode', t('workshops.column.unitCode'), 115, { cellClass: 'cell-mono', sort: 'asc' }),
    textColumn<StatementRow>('slipNo', t('workshops.column.slipNo'), 140, {
      cellClass: 'cell-mono',
      valueFormatter: (params) => params.data?.slipNo ?? t('workshops.slip.notPrinted'),
      cellClassRules: { 'cell-muted': (params) => params.data?.slipNo === null },
    }),
    textColumn<StatementRow>('unitName', t('workshops.column.unitName'), 180),
    textColumn<StatementRow>('ownerName', t('workshops.column.owner'), 150),
    // Rejected pieces are not paid: they show in the workshop's lines below and in the workbook.
    numberColumn<StatementRow>('accepted', t('workshops.column.accepted'), 120, locale),
    money('gross', 125),
    money('advances', 110),
    money('materialOveruse', 135),
    money('net', 135, { cellClassRules: { 'cell-strong': (params) => (params.data?.net ?? 0) >= 0, 'cell-alert': (params) => (params.data?.net ?? 0) < 0 } }),
  ];
}

/** Bahan di Unit: what each workshop holds of each material; a negative balance is overuse. Code and name share a column, and fixed widths keep the balance in view. */
export function accountColumns(t: TFunction, locale: Locale): ColDef<WorkshopMaterialAccount>[] {
  const qty = (field: 'issued' | 'returned' | 'used' | 'wasteAllowance' | 'balance', width: number, extra: ColDef<WorkshopMaterialAccount> = {}) =>
    numberColumn<WorkshopMaterialAccount>(field, t(`workshops.column.${field}`), width, locale, { valueFormatter: (params) => formatQty(params.value, locale), ...extra });
  return [
    textColumn<WorkshopMaterialAccount>('unitCode', t('workshops.column.unitName'), 185, {
      valueGetter: (params) => (params.data ? `${params.data.unitCode} · ${params.data.unitName}` : ''),
    }),
    textColumn<WorkshopMaterialAccount>('materialCode', t('workshops.column.material'), 240, {
      valueGetter: (params) => (params.data ? `${params.data.materialCode} · ${params.data.materialName}` : ''),
    }),
    textColumn<WorkshopMaterialAccount>('uom', t('workshops.column.uom'), 85),
    qty('issued', 115),
    qty('returned', 120),
    qty('used', 95),
    qty('wasteAllowance', 130),
    qty('balance', 95, {
      cellClassRules: { 'cell-strong': (params) => (params.data?.balance ?? 0) >= 0, 'cell-alert': (params) => (params.data?.balance ?? 0) < 0 },
    }),
  ];
}
