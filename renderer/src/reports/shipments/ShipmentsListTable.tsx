import { useTranslation } from 'react-i18next';
import { CONTAINER_LABELS } from '../../../../shared/domain/shipments';
import { fobUnknownText, type ShipmentsReport } from '../../../../shared/api/report-shipments';
import { formatDateId } from '../../../../shared/dates';
import { useApp } from '../../platform/appContext';
import { formatAmount, formatNumber } from '../../platform/common/format';
import { kgText, m3Text } from './shipmentsFormat';
import { statusLabel } from '../../platform/common/statusLabel';
import type { Currency } from '../../../../shared/money';

/** A figure of the table with the currency it is shown in. */
type MoneyCell = { value: number | null; currency: Currency };

/** Every shipment that left, one row each: papers, packing and FOB in the order currency, USD and rupiah. */
export function ShipmentsListTable({ report, className, testId }: { report: ShipmentsReport; className: string; testId: string }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const c = (key: string) => t(`reportShipments.column.${key}`);
  const { totals } = report;
  const noData = t('reportShipments.noData');
  return (
    <table className={`${className} shipments-report-table`} data-testid={testId}>
      <thead>
        <tr>
          <th>{c('shipmentNo')}</th>
          <th>{c('buyer')}</th>
          <th>{c('countryCode')}</th>
          <th>{c('etd')}</th>
          <th>{c('pebNo')}</th>
          <th>{c('pebDate')}</th>
          <th>{c('container')}</th>
          <th className="num">{c('cartons')}</th>
          <th className="num">{c('m3')}</th>
          <th className="num">{c('grossKg')}</th>
          <th className="num">{c('fobValue')}</th>
          <th className="num">{c('fobUsd')}</th>
          <th className="num">{c('fobIdr')}</th>
          <th>{c('status')}</th>
        </tr>
      </thead>
      <tbody>
        {report.shipments.map((s) => (
          <tr key={s.shipmentNo} data-testid={`${testId}-line`}>
            <td className="nowrap">{s.shipmentNo}</td>
            <td>{s.buyerName}</td>
            <td>{s.country}</td>
            <td className="nowrap">{formatDateId(s.etd)}</td>
            <td className="nowrap">{s.pebNo}</td>
            <td className="nowrap">{formatDateId(s.pebDate)}</td>
            <td className="nowrap">{s.containerType ? `${s.containerCount > 1 ? `${s.containerCount} × ` : ''}${CONTAINER_LABELS[s.containerType]}` : ''}</td>
            <td className="num">{formatNumber(s.cartons, locale)}</td>
            <td className="num">{m3Text(s.volumeM3, locale)}</td>
            <td className="num">{kgText(s.grossKg, locale)}</td>
            {/* An unknown FOB says what it lacks, never 0; the sums below leave it out. */}
            {([{ value: s.fobValue, currency: s.currency }, { value: s.fobUsdCents, currency: 'USD' }, { value: s.fobIdr, currency: 'IDR' }] satisfies MoneyCell[]).map((cell, i) =>
              cell.value === null ? (
                <td key={i} className="num no-data" data-testid={`${testId}-fob-unknown`}>{fobUnknownText(t, s.fobGaps)}</td>
              ) : (
                <td key={i} className="num nowrap">{formatAmount(cell.value, cell.currency, locale)}</td>
              ),
            )}
            <td>{statusLabel(t, 'shipment', s.status)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="print-sum">
          <td colSpan={7}>{`${t('reportShipments.screen.total')} (${formatNumber(totals.shipments, locale)})`}</td>
          <td className="num">{totals.cartons === null ? noData : formatNumber(totals.cartons, locale)}</td>
          <td className="num">{totals.volumeM3 === null ? noData : m3Text(totals.volumeM3, locale)}</td>
          <td className="num">{totals.grossKg === null ? noData : kgText(totals.grossKg, locale)}</td>
          <td />
          {([{ value: totals.fobUsdCents, currency: 'USD' }, { value: totals.fobIdr, currency: 'IDR' }] satisfies MoneyCell[]).map((cell) =>
            cell.value === null ? (
              <td key={cell.currency} className="num no-data">{t('reportShipments.noData')}</td>
            ) : (
              <td key={cell.currency} className="num nowrap">{`${formatAmount(cell.value, cell.currency, locale)}${report.withoutFob.some((out) => out.leftOutOf.includes(cell.currency === 'USD' ? 'fobUsdCents' : 'fobIdr')) ? ' *' : ''}`}</td>
            ),
          )}
          <td />
        </tr>
      </tfoot>
    </table>
  );
}
