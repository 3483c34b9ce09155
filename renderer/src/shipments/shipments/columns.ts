import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { ShipmentSummary } from '../../../../shared/api/shipments';
import { CONTAINER_LABELS } from '../../../../shared/domain/shipments';
import type { Locale } from '../../../../shared/i18n';
import { countryName } from '../../platform/common/choices';
import { formatAmount } from '../../platform/common/format';
import { formatM3 } from './formatM3';
import { dateColumn, moneyColumn, numberColumn, textColumn } from '../../platform/grid/columnKit';
import { statusLabel } from '../../platform/common/statusLabel';

/** The shipments table: number, buyer, destination, ETD, container, the load, FOB in USD, status. */
/** `40'HC`, `2 × 40'HC`, `LCL`, or a dash while none is chosen. */
function containerText(type: ShipmentSummary['containerType'], count: number): string {
  if (!type) return '–';
  return type === 'LCL' || count === 1 ? CONTAINER_LABELS[type] : `${count} × ${CONTAINER_LABELS[type]}`;
}

/** An unknown FOB is named with what is missing (the inland cost of an EXW shipment, the freight of a CIF one, the rate), never shown as 0. */
function unknownFob(t: TFunction, locale: Locale, field: 'fobUsdCents' | 'fobIdr'): ColDef<ShipmentSummary> {
  return {
    cellClass: (params) => (params.data && params.data[field] === null ? 'cell-fob-unknown' : undefined),
    valueFormatter: (params: ValueFormatterParams<ShipmentSummary, number | null>) => {
      if (!params.data) return '';
      if (params.value !== null && params.value !== undefined) return formatAmount(params.value, field === 'fobUsdCents' ? 'USD' : 'IDR', locale);
      return t('shipments.fobUnknown', { what: params.data.fobGaps.map((gap) => t(`shipments.figures.gap.${gap}`)).join(', ') });
    },
  };
}

export function shipmentColumns(t: TFunction, locale: Locale): ColDef<ShipmentSummary>[] {
  return [
    textColumn<ShipmentSummary>('shipmentNo', t('shipments.column.shipmentNo'), 145, { cellClass: 'cell-mono', pinned: 'left' }),
    textColumn<ShipmentSummary>('buyerName', t('shipments.column.buyer'), 220, { flex: 1, minWidth: 150 }),
    textColumn<ShipmentSummary>('country', t('shipments.column.country'), 100, {
      valueGetter: (params) => (params.data ? countryName(params.data.country, locale) : ''),
    }),
    dateColumn<ShipmentSummary>('etd', t('shipments.column.etd'), 100),
    dateColumn<ShipmentSummary>('eta', t('shipments.column.eta'), 110, { hide: true }),
    textColumn<ShipmentSummary>('containerType', t('shipments.column.container'), 95, {
      valueGetter: (params) => containerText(params.data?.containerType ?? null, params.data?.containerCount ?? 1),
    }),
    numberColumn<ShipmentSummary>('cartons', t('shipments.column.cartons'), 80, locale),
    numberColumn<ShipmentSummary>('volumeM3', t('shipments.column.m3'), 85, locale, { valueFormatter: (params) => formatM3(params.value, locale) }),
    numberColumn<ShipmentSummary>('grossKg', t('shipments.column.grossKg'), 105, locale),
    numberColumn<ShipmentSummary>('netKg', t('shipments.column.netKg'), 130, locale, { hide: true }),
    // The column keeps its id `fobUsd`, under which users' saved column layouts know it.
    moneyColumn<ShipmentSummary>('fobUsdCents', () => 'USD', t('shipments.column.fobUsd'), 150, locale, { colId: 'fobUsd', ...unknownFob(t, locale, 'fobUsdCents') }),
    moneyColumn<ShipmentSummary>('fobIdr', () => 'IDR', t('shipments.column.fobIdr'), 170, locale, { hide: true, ...unknownFob(t, locale, 'fobIdr') }),
    textColumn<ShipmentSummary>('status', t('shipments.column.status'), 110, {
      valueGetter: (params) => (params.data ? statusLabel(t, 'shipment', params.data.status) : ''),
      cellClass: (params) => `cell-shipment-status shipment-${params.data?.status ?? 'none'}`,
    }),
    textColumn<ShipmentSummary>('orderNos', t('shipments.column.orders'), 200, { hide: true }),
    textColumn<ShipmentSummary>('pebNo', t('shipments.column.pebNo'), 110, { hide: true }),
    textColumn<ShipmentSummary>('blNo', t('shipments.column.blNo'), 140, { hide: true }),
  ];
}
