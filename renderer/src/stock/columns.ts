import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { Material, StockBalance, WorkshopMaterialBalance } from '../../../shared/domain/materials';
import type { Locale } from '../../../shared/i18n';
import { formatQty } from '../platform/common/format';
import { moneyColumn, numberColumn, textColumn } from '../platform/grid/columnKit';
import { isBelowReorder } from './stockLevel';

/** A quantity column in the material's own unit (`120,5` with `sqft` in the next column). */
function qtyColumn(field: 'onHand' | 'reorderPoint' | 'safetyStock' | 'minOrderQty', headerName: string, width: number, locale: Locale, extra: ColDef<Material> = {}) {
  return numberColumn<Material>(field, headerName, width, locale, { valueFormatter: (params) => formatQty(params.value, locale), ...extra });
}

/** The materials table: stock on hand first among the figures, marked when it is at or below the reorder point. */
export function materialColumns(t: TFunction, locale: Locale): ColDef<Material>[] {
  return [
    textColumn<Material>('materialCode', t('ui.columns.code'), 105, { sort: 'asc', cellClass: 'cell-mono' }),
    textColumn<Material>('name', t('ui.material.name'), 220, { flex: 1, minWidth: 190 }),
    textColumn<Material>('category', t('ui.material.category'), 120, {
      valueGetter: (params) => (params.data ? t(`ui.materialCategory.${params.data.category}`) : ''),
    }),
    qtyColumn('onHand', t('ui.material.onHand'), 105, locale, {
      cellClassRules: { 'cell-alert': (params) => (params.data ? isBelowReorder(params.data) : false), 'cell-strong': () => true },
    }),
    textColumn<Material>('uom', t('ui.material.uom'), 85),
    qtyColumn('reorderPoint', t('ui.columns.reorderPoint'), 115, locale),
    qtyColumn('safetyStock', t('ui.columns.safetyStock'), 110, locale),
    moneyColumn<Material>('unitCost', (material) => material.currency, t('ui.columns.unitCost'), 125, locale),
    textColumn<Material>('supplier', t('ui.material.supplier'), 160, { hide: true }),
    numberColumn<Material>('leadTimeDays', t('ui.columns.leadTimeDays'), 110, locale),
    qtyColumn('minOrderQty', t('ui.columns.minOrderQty'), 110, locale, { hide: true }),
  ];
}

/** Stok per tanggal: each material's stock on the chosen date, marked at or below its reorder point. */
export function balanceColumns(t: TFunction, locale: Locale): ColDef<StockBalance>[] {
  const qty = (field: 'onHand' | 'reorderPoint' | 'safetyStock', header: string, width: number, extra: ColDef<StockBalance> = {}) =>
    numberColumn<StockBalance>(field, header, width, locale, { valueFormatter: (params) => formatQty(params.value, locale), ...extra });
  return [
    textColumn<StockBalance>('materialCode', t('ui.columns.code'), 105, { cellClass: 'cell-mono' }),
    textColumn<StockBalance>('name', t('ui.material.name'), 220, { flex: 1, minWidth: 200 }),
    textColumn<StockBalance>('category', t('ui.material.category'), 140, {
      valueGetter: (params) => (params.data ? t(`ui.materialCategory.${params.data.category}`) : ''),
    }),
    qty('onHand', t('ui.material.onHand'), 110, { cellClassRules: { 'cell-alert': (params) => params.data?.isBelowReorder === true, 'cell-strong': () => true } }),
    textColumn<StockBalance>('uom', t('ui.material.uom'), 80),
    qty('reorderPoint', t('ui.columns.reorderPoint'), 115),
    qty('safetyStock', t('ui.columns.safetyStock'), 110),
    textColumn<StockBalance>('isBelowReorder', t('ui.stock.state'), 150, {
      valueGetter: (params) => (params.data?.isBelowReorder ? t('ui.stock.belowReorder') : ''),
      cellClass: 'cell-alert',
    }),
  ];
}

/** Bahan di unit usaha: what the cooperative issued to each workshop, what came back, what it still holds. */
export function workshopColumns(t: TFunction, locale: Locale): ColDef<WorkshopMaterialBalance>[] {
  const qty = (field: 'issued' | 'returned' | 'held', header: string, extra: ColDef<WorkshopMaterialBalance> = {}) =>
    numberColumn<WorkshopMaterialBalance>(field, header, 115, locale, { valueFormatter: (params) => formatQty(params.value, locale), ...extra });
  return [
    textColumn<WorkshopMaterialBalance>('unitCode', t('unit.unitCode'), 115, { cellClass: 'cell-mono' }),
    textColumn<WorkshopMaterialBalance>('unitName', t('unit.name'), 200, { flex: 1, minWidth: 180 }),
    textColumn<WorkshopMaterialBalance>('materialCode', t('ui.columns.materialCode'), 120, { cellClass: 'cell-mono' }),
    textColumn<WorkshopMaterialBalance>('materialName', t('ui.material.name'), 200, { flex: 1, minWidth: 180 }),
    qty('issued', t('ui.stock.issued')),
    qty('returned', t('ui.stock.returned')),
    qty('held', t('ui.stock.held'), { cellClassRules: { 'cell-strong': () => true } }),
    textColumn<WorkshopMaterialBalance>('uom', t('ui.material.uom'), 80),
  ];
}
