import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { Member } from '../../../../shared/domain/member';
import type { Locale } from '../../../../shared/i18n';
import { formatNik } from '../../platform/common/format';
import { dateColumn, numberColumn, textColumn } from '../../platform/grid/columnKit';
import { statusLabel } from '../../platform/common/statusLabel';

/** The members table: labels from the shared dictionary (`member.*`), status in the chosen language. */
export function memberColumns(t: TFunction, locale: Locale): ColDef<Member>[] {
  return [
    textColumn<Member>('memberNo', t('member.memberNo'), 135, { sort: 'asc' }),
    textColumn<Member>('name', t('member.name'), 200, { flex: 1, minWidth: 200 }),
    textColumn<Member>('nik', t('member.nik'), 160, {
      valueFormatter: (params) => formatNik(typeof params.value === 'string' ? params.value : null),
      cellClass: 'cell-mono',
    }),
    textColumn<Member>('phone', t('member.phone'), 125, { cellClass: 'cell-mono' }),
    textColumn<Member>('gender', t('member.gender'), 70, { hide: true }),
    textColumn<Member>('address', t('member.address'), 200, { hide: true }),
    textColumn<Member>('village', t('member.village'), 140),
    textColumn<Member>('district', t('member.district'), 130, { hide: true }),
    textColumn<Member>('regency', t('member.regency'), 140, { hide: true }),
    dateColumn<Member>('joinedOn', t('member.joinedOn'), 145),
    textColumn<Member>('status', t('member.status'), 105, {
      valueGetter: (params) => (params.data ? statusLabel(t, 'member', params.data.status) : ''),
      cellClass: (params) => `cell-status status-${params.data?.status ?? ''}`,
    }),
    dateColumn<Member>('statusFrom', t('member.statusFrom'), 140, { hide: true }),
    numberColumn<Member>('unitCount', t('member.unitCount'), 95, locale),
    numberColumn<Member>('workers', t('member.workers'), 105, locale),
  ];
}
