import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { Buyer } from '../../../../shared/domain/orders';
import type { Locale } from '../../../../shared/i18n';
import { countryName } from '../../platform/common/choices';
import { numberColumn, textColumn } from '../../platform/grid/columnKit';

/** The buyers table: country by name in the chosen language, kind translated. */
export function buyerColumns(t: TFunction, locale: Locale): ColDef<Buyer>[] {
  return [
    textColumn<Buyer>('buyerCode', t('ui.columns.code'), 110, { sort: 'asc', cellClass: 'cell-mono' }),
    textColumn<Buyer>('name', t('ui.buyer.name'), 220, { flex: 1, minWidth: 220 }),
    textColumn<Buyer>('country', t('ui.buyer.country'), 170, {
      valueGetter: (params) => (params.data ? `${countryName(params.data.country, locale)} (${params.data.country})` : ''),
    }),
    textColumn<Buyer>('kind', t('ui.buyer.kind'), 130, {
      valueGetter: (params) => (params.data ? t(`ui.buyerKind.${params.data.kind}`) : ''),
    }),
    textColumn<Buyer>('currency', t('ui.buyer.currency'), 105, { cellClass: 'cell-center' }),
    textColumn<Buyer>('incoterm', t('ui.buyer.incoterm'), 105, { cellClass: 'cell-center' }),
    numberColumn<Buyer>('openOrders', t('ui.buyer.openOrders'), 140, locale),
  ];
}
