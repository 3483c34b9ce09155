import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import { formatDateId } from '../../../../shared/dates';
import type { Locale } from '../../../../shared/i18n';
import { formatAmount, formatNumber } from '../common/format';
import { DateTextInput } from './DateTextInput';
import type { Currency } from '../../../../shared/money';

/** Building blocks for the areas' column definitions (registry/members/columns.ts, registry/units/columns.ts). */

export function textColumn<T>(field: keyof T & string, headerName: string, width: number, extra: ColDef<T> = {}): ColDef<T> {
  return { colId: field, valueGetter: (params) => params.data?.[field], headerName, width, filter: 'agTextColumnFilter', cellDataType: 'text', ...extra };
}

export function numberColumn<T>(field: keyof T & string, headerName: string, width: number, locale: Locale, extra: ColDef<T> = {}): ColDef<T> {
  return {
    colId: field,
    valueGetter: (params) => params.data?.[field],
    headerName,
    width,
    filter: 'agNumberColumnFilter',
    cellDataType: 'number',
    type: 'rightAligned',
    valueFormatter: (params: ValueFormatterParams<T, number>) => formatNumber(params.value, locale),
    ...extra,
  };
}

function isoToLocalDate(iso: string): Date {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return new Date(year, month - 1, day);
}

/** ISO dates in the data, `dd/MM/yyyy` on screen and in the filter's input. */
export function dateColumn<T>(field: keyof T & string, headerName: string, width: number, extra: ColDef<T> = {}): ColDef<T> {
  return {
    colId: field,
    valueGetter: (params) => params.data?.[field],
    headerName,
    width,
    cellDataType: false,
    valueFormatter: (params: ValueFormatterParams<T, string | null>) => formatDateId(params.value),
    getQuickFilterText: (params) => formatDateId(typeof params.value === 'string' ? params.value : null),
    filter: 'agDateColumnFilter',
    dateComponent: DateTextInput,
    filterParams: {
      comparator: (filterDate: Date, cellValue: string | null) => {
        if (!cellValue) return -1;
        const cell = isoToLocalDate(cellValue).getTime();
        return cell === filterDate.getTime() ? 0 : cell < filterDate.getTime() ? -1 : 1;
      },
      isValidDate: (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value),
      browserDatePicker: false,
    },
    ...extra,
  };
}

/** Money kept in minor units beside its currency: sorts by the number, shows `Rp 1.234.567` / `USD 12,50`. */
export function moneyColumn<T>(field: keyof T & string, currencyOf: (row: T) => Currency, headerName: string, width: number, locale: Locale, extra: ColDef<T> = {}): ColDef<T> {
  return numberColumn<T>(field, headerName, width, locale, {
    valueFormatter: (params: ValueFormatterParams<T, number>) => (params.data ? formatAmount(params.value, currencyOf(params.data), locale) : ''),
    getQuickFilterText: () => '',
    ...extra,
  });
}
