import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { AssignmentRow, CalendarPeriod } from '../../../../shared/api/planning';
import type { Locale } from '../../../../shared/i18n';
import { assignmentReasonText } from '../../../../shared/plan-reason';
import { formatNumber } from '../../platform/common/format';
import { dateColumn, moneyColumn, numberColumn, textColumn } from '../../platform/grid/columnKit';
import { statusLabel } from '../../platform/common/statusLabel';

/** Work orders (SPK) of the plan: which workshop makes how much of which order line, when. */
export function assignmentColumns(t: TFunction, locale: Locale): ColDef<AssignmentRow>[] {
  // One translator for every row's reason (its templates are cached per translator).
  const words = (key: string, params?: Record<string, unknown>) => t(key, params);
  return [
    textColumn<AssignmentRow>('spkNo', t('workshops.spkColumn.spkNo'), 135, {
      cellClass: 'cell-mono',
      valueFormatter: (params) => params.data?.spkNo ?? t('workshops.spkColumn.notIssued'),
      cellClassRules: { 'cell-muted': (params) => params.data?.spkNo === null },
    }),
    textColumn<AssignmentRow>('orderNo', t('ui.assignment.orderNo'), 125, { cellClass: 'cell-mono' }),
    textColumn<AssignmentRow>('sku', t('ui.assignment.sku'), 100, { cellClass: 'cell-mono' }),
    textColumn<AssignmentRow>('unitCode', t('ui.assignment.unitCode'), 95, { cellClass: 'cell-mono' }),
    textColumn<AssignmentRow>('unitName', t('ui.assignment.unit'), 180, { flex: 1, minWidth: 180 }),
    textColumn<AssignmentRow>('memberNo', t('ui.assignment.memberNo'), 115, {
      valueFormatter: (params) => params.data?.memberNo ?? t('ui.units.noOwner'),
      cellClassRules: { 'cell-muted': (params) => params.data?.memberNo === null },
    }),
    numberColumn<AssignmentRow>('qty', t('ui.assignment.qty'), 115, locale),
    // People's time of the SPK: qty × the product's labour minutes, in hours.
    numberColumn<AssignmentRow>('minutes', t('ui.assignment.hours'), 100, locale, {
      valueGetter: (params) => (params.data ? Math.round(params.data.minutes / 60) : null),
      valueFormatter: (params) => (typeof params.value === 'number' && params.data && params.data.minutes > 0 ? formatNumber(params.value, locale) : '—'),
    }),
    // Progress beside the quantity: pieces handed in (accepted + rejected), those QC refused, and what is still to come.
    numberColumn<AssignmentRow>('deliveredQty', t('ui.assignment.delivered'), 90, locale),
    numberColumn<AssignmentRow>('rejectedQty', t('ui.assignment.rejected'), 100, locale, {
      cellClassRules: { 'cell-warning': (params) => (params.data?.rejectedQty ?? 0) > 0 },
    }),
    numberColumn<AssignmentRow>('qty', t('workshops.column.open'), 95, locale, {
      colId: 'openQty',
      valueGetter: (params) => (params.data && params.data.status !== 'cancelled' ? params.data.qty - params.data.deliveredQty : null),
    }),
    textColumn<AssignmentRow>('status', t('ui.assignment.status'), 115, {
      valueGetter: (params) => (params.data ? statusLabel(t, 'assignment', params.data.status) : ''),
    }),
    textColumn<AssignmentRow>('isPinned', t('ui.assignment.pinned'), 115, {
      valueGetter: (params) => (params.data?.isPinned ? t('ui.assignment.isPinned') : ''),
      cellClass: (params) => (params.data?.isPinned ? 'cell-pinned' : ''),
    }),
    dateColumn<AssignmentRow>('start', t('ui.assignment.start'), 110),
    dateColumn<AssignmentRow>('end', t('ui.assignment.end'), 110),
    // The rate an issued SPK keeps; a planned one shows what it would get if issued today, in italics.
    moneyColumn<AssignmentRow>('pieceRate', () => 'IDR', t('ui.assignment.pieceRate'), 110, locale, {
      cellClassRules: { 'cell-muted': (params) => params.data?.spkNo === null },
    }),
    textColumn<AssignmentRow>('rateBasis', t('workshops.spkColumn.rateBasis'), 130, {
      valueGetter: (params) => (params.data ? t(`workshops.rate.basis.${params.data.rateBasis}`) : ''),
    }),
    // Last, being long: why the SPK is at this workshop, in words a member reads (the selected row's reason is also shown in full above the grid).
    textColumn<AssignmentRow>('reason', t('ui.assignment.reason'), 380, {
      valueGetter: (params) => (params.data?.reason ? assignmentReasonText(words, params.data.reason) : ''),
    }),
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
