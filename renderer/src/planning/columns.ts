import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { AssignmentRow, CalendarPeriod } from '../../../shared/api/planning';
import type { Locale } from '../../../shared/i18n';
import { dateColumn, moneyColumn, numberColumn, textColumn } from '../grid/columnKit';

/** Work orders (SPK) of the plan: which workshop makes how much of which order line, when. */
export function assignmentColumns(t: TFunction, locale: Locale): ColDef<AssignmentRow>[] {
  return [
    textColumn<AssignmentRow>('orderNo', t('ui.assignment.orderNo'), 130, { cellClass: 'cell-mono' }),
    textColumn<AssignmentRow>('sku', t('ui.assignment.sku'), 110, { cellClass: 'cell-mono' }),
    textColumn<AssignmentRow>('unitCode', t('ui.assignment.unitCode'), 100, { cellClass: 'cell-mono' }),
    textColumn<AssignmentRow>('unitName', t('ui.assignment.unit'), 200, { flex: 1, minWidth: 150 }),
    numberColumn<AssignmentRow>('qty', t('ui.assignment.qty'), 115, locale),
    dateColumn<AssignmentRow>('start', t('ui.assignment.start'), 115),
    dateColumn<AssignmentRow>('end', t('ui.assignment.end'), 115),
    textColumn<AssignmentRow>('isPinned', t('ui.assignment.pinned'), 120, {
      valueGetter: (params) => (params.data?.isPinned ? t('ui.assignment.isPinned') : ''),
      cellClass: (params) => (params.data?.isPinned ? 'cell-pinned' : ''),
    }),
    textColumn<AssignmentRow>('status', t('ui.assignment.status'), 120, {
      valueGetter: (params) => (params.data ? t(`ui.assignmentStatus.${params.data.status}`) : ''),
    }),
    moneyColumn<AssignmentRow>('pieceRate', () => 'IDR', t('ui.assignment.pieceRate'), 120, locale, { hide: true }),
    numberColumn<AssignmentRow>('deliveredQty', t('ui.assignment.delivered'), 100, locale, { hide: true }),
    numberColumn<AssignmentRow>('rejectedQty', t('ui.assignment.rejected'), 100, locale, { hide: true }),
  ];
}

/** Production calendar periods: holidays, Lebaran, Ramadan, overtime. */
export function calendarColumns(t: TFunction, locale: Locale): ColDef<CalendarPeriod>[] {
  return [
    dateColumn<CalendarPeriod>('startsOn', t('ui.calendar.startsOn'), 125, { sort: 'asc' }),
    dateColumn<CalendarPeriod>('endsOn', t('ui.calendar.endsOn'), 125),
    textColumn<CalendarPeriod>('kind', t('ui.calendar.kind'), 200, {
      valueGetter: (params) => (params.data ? t(`ui.calendarKind.${params.data.kind}`) : ''),
    }),
    numberColumn<CalendarPeriod>('capacityPct', t('ui.calendar.capacityPct'), 120, locale, {
      valueFormatter: (params) => (typeof params.value === 'number' ? `${params.value} %` : ''),
    }),
    textColumn<CalendarPeriod>('name', t('ui.calendar.name'), 260, { flex: 1, minWidth: 180 }),
  ];
}
