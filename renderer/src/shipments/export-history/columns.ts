import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { ExportHistoryRow } from '../../../../shared/api/exports';
import type { ProductCategory } from '../../../../shared/domain/centre';
import type { Locale } from '../../../../shared/i18n';
import { countryName } from '../../platform/common/choices';
import { moneyColumn, textColumn } from '../../platform/grid/columnKit';

/** The history grid: newest month first, months by name, countries by name with their code, FOB in USD. */
export function exportColumns(t: TFunction, locale: Locale, categories: ProductCategory[]): ColDef<ExportHistoryRow>[] {
  const categoryName = new Map(categories.map((category) => [category.code, locale === 'en' ? category.nameEn : category.nameId]));
  return [
    textColumn<ExportHistoryRow>('year', t('exports.columns.year'), 90, { cellClass: 'cell-center', valueGetter: (p) => (p.data ? String(p.data.year) : '') }),
    {
      colId: 'month', headerName: t('exports.columns.month'), width: 120, filter: 'agNumberColumnFilter', cellDataType: 'number',
      valueGetter: (p) => p.data?.month,
      valueFormatter: (p) => (typeof p.value === 'number' ? t(`exports.month.${p.value}`) : ''),
      getQuickFilterText: (p) => (typeof p.value === 'number' ? t(`exports.month.${p.value}`) : ''),
    },
    textColumn<ExportHistoryRow>('country', t('exports.columns.country'), 200, {
      valueGetter: (p) => (p.data ? `${countryName(p.data.country, locale)} (${p.data.country})` : ''),
    }),
    textColumn<ExportHistoryRow>('category', t('exports.columns.category'), 160, {
      valueGetter: (p) => (p.data ? (categoryName.get(p.data.category) ?? p.data.category) : ''),
    }),
    textColumn<ExportHistoryRow>('hsCode', t('exports.columns.hs_code'), 130, { cellClass: 'cell-mono' }),
    // The column keeps its id: layouts saved before the field said its unit still apply.
    moneyColumn<ExportHistoryRow>('fobUsdCents', () => 'USD', t('exports.columns.fob_usd'), 170, locale, { colId: 'fobUsd', flex: 1, minWidth: 170 }),
  ];
}
