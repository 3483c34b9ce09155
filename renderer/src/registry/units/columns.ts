import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { ProductCategory } from '../../../../shared/domain/centre';
import type { Unit } from '../../../../shared/domain/unit';
import type { Locale } from '../../../../shared/i18n';
import { formatNumber } from '../../platform/common/format';
import { dateColumn, numberColumn, textColumn } from '../../platform/grid/columnKit';
import { categoryName } from '../../catalogue/products/categoryName';

/** The business units table; product categories by name in the chosen language. */
export function unitColumns(t: TFunction, locale: Locale, categories: ProductCategory[]): ColDef<Unit>[] {
  const byCode = new Map(categories.map((category) => [category.code, category]));
  return [
    textColumn<Unit>('unitCode', t('unit.unitCode'), 125, { sort: 'asc' }),
    textColumn<Unit>('name', t('unit.name'), 200, { flex: 1, minWidth: 200 }),
    textColumn<Unit>('ownerName', t('unit.ownerName'), 210, {
      valueGetter: (params) => {
        const unit = params.data;
        if (!unit) return '';
        return unit.ownerMemberNo ? `${unit.ownerMemberNo} · ${unit.ownerName ?? ''}` : t('ui.units.noOwner');
      },
      cellClass: (params) => (params.data?.ownerMemberNo ? '' : 'cell-muted'),
    }),
    textColumn<Unit>('nib', t('unit.nib'), 130, { cellClass: 'cell-mono', hide: true }),
    textColumn<Unit>('kbli', t('unit.kbli'), 80, { cellClass: 'cell-mono', hide: true }),
    textColumn<Unit>('address', t('unit.address'), 200, { hide: true }),
    textColumn<Unit>('village', t('unit.village'), 150),
    textColumn<Unit>('categories', t('unit.categories'), 170, {
      valueGetter: (params) => (params.data?.categories ?? []).map((code) => categoryName(byCode.get(code), code, locale)).join(', '),
    }),
    numberColumn<Unit>('workers', t('unit.workers'), 125, locale),
    numberColumn<Unit>('monthlyCapacity', t('unit.monthlyCapacity'), 180, locale),
    // Blank in the store is all of it: shown as such, not as an empty cell.
    numberColumn<Unit>('offeredCapacity', t('unit.offeredCapacity'), 190, locale, {
      valueFormatter: (params) => (params.data && params.data.offeredCapacity !== null ? formatNumber(params.data.offeredCapacity, locale) : t('ui.units.offersAll')),
    }),
    textColumn<Unit>('qualityGrade', t('unit.qualityGrade'), 80, { cellClass: 'cell-center' }),
    textColumn<Unit>('isActive', t('unit.isActive'), 85, {
      valueGetter: (params) => (params.data ? t(params.data.isActive ? 'yesNo.yes' : 'yesNo.no') : ''),
      cellClass: (params) => (params.data?.isActive ? 'cell-status status-aktif' : 'cell-status status-non-aktif'),
    }),
    dateColumn<Unit>('stateFrom', t('unit.stateFrom'), 145, { hide: true }),
  ];
}
