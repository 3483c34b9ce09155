import { useTranslation } from 'react-i18next';
import type { ShipmentsReport } from '../../../shared/api/report-shipments';
import { useApp } from '../app/appContext';
import { formatAmount, formatNumber } from '../common/format';
import { m3Text } from './shipmentsFormat';
import { monthText } from './reportFormat';

/** Shipments that left month by month; a month without one says "no data" rather than showing zeros. */
export function ShipmentsMonthTable({ report, className, testId }: { report: ShipmentsReport; className: string; testId: string }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const c = (key: string) => t(`reportShipments.column.${key}`);
  const missing = new Set(report.missingMonths);
  const { totals } = report;
  return (
    <table className={`${className} shipments-report-table`} data-testid={testId}>
      <thead>
        <tr>
          <th>{c('month')}</th>
          <th className="num">{c('shipments')}</th>
          <th className="num">{c('cartons')}</th>
          <th className="num">{c('m3')}</th>
          <th className="num">{c('fobUsd')}</th>
          <th className="num">{c('fobIdr')}</th>
        </tr>
      </thead>
      <tbody>
        {report.byMonth.map((line) => (
          <tr key={line.month} data-testid={`${testId}-line`} data-key={line.month}>
            <td className="nowrap">{monthText(line.month, t)}</td>
            {missing.has(line.month) ? (
              <td className="no-data" colSpan={5}>{t('reportShipments.noData')}</td>
            ) : (
              <>
                <td className="num">{formatNumber(line.shipments, locale)}</td>
                <td className="num">{formatNumber(line.cartons, locale)}</td>
                <td className="num nowrap">{m3Text(line.volumeM3, locale)}</td>
                <td className="num nowrap">{formatAmount(line.fobUsd, 'USD', locale)}</td>
                <td className="num nowrap">{formatAmount(line.fobIdr, 'IDR', locale)}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="print-sum">
          <td>{t('reportShipments.screen.total')}</td>
          <td className="num">{formatNumber(totals.shipments, locale)}</td>
          <td className="num">{formatNumber(totals.cartons, locale)}</td>
          <td className="num nowrap">{m3Text(totals.volumeM3, locale)}</td>
          <td className="num nowrap">{formatAmount(totals.fobUsd, 'USD', locale)}</td>
          <td className="num nowrap">{formatAmount(totals.fobIdr, 'IDR', locale)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
