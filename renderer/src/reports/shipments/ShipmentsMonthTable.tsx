import { useTranslation } from 'react-i18next';
import { monthsWithoutShipments, type ShipmentsReport } from '../../../../shared/api/report-shipments';
import { useApp } from '../../platform/appContext';
import { formatAmount } from '../../platform/common/format';
import { ShipmentSumCells } from './ShipmentSumCells';
import { monthSourceWord } from '../../shipments/export-history/monthSourceText';
import { monthText } from '../../platform/common/reportFormat';

/** A sum of known rupiah FOB values; none known reads "no data", some left out are marked `*`. */
function IdrCell({ value, leftOut }: { value: number | null; leftOut: number }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  if (value === null) return <td className="num no-data">{t('reportShipments.noData')}</td>;
  return <td className="num nowrap">{`${formatAmount(value, 'IDR', locale)}${leftOut > 0 ? ' *' : ''}`}</td>;
}

/** Shipments that left month by month; a month without one says "no data" rather than showing zeros. */
export function ShipmentsMonthTable({ report, className, testId }: { report: ShipmentsReport; className: string; testId: string }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const c = (key: string) => t(`reportShipments.column.${key}`);
  // A month no shipment left in reads "no data"; one whose shipments left with their FOB unknown keeps its counts.
  const missing = new Set(monthsWithoutShipments(report));
  const { totals } = report;
  const leftOut = (sum: 'fobUsdCents' | 'fobIdr') => report.withoutFob.filter((s) => s.leftOutOf.includes(sum)).length;
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
          <th className="num">{t('exports.source.countedColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {report.byMonth.map((line) => (
          <tr key={line.month} data-testid={`${testId}-line`} data-key={line.month}>
            <td className="nowrap">{monthText(line.month, t)}</td>
            {missing.has(line.month) ? (
              <td className="no-data" colSpan={6}>{t('reportShipments.noData')}</td>
            ) : (
              <>
                <ShipmentSumCells sums={line} leftOut={line.withoutFob} />
                <IdrCell value={line.fobIdr} leftOut={line.withoutFob} />
                {/* The month's exports as every report counts them, and from which source where it is not these shipments. */}
                <td className="num nowrap" data-testid={`${testId}-counted`}>
                  {line.countedUsdCents === null ? t('exports.reports.noData') : formatAmount(line.countedUsdCents, 'USD', locale)}
                  {monthSourceWord(line.source, t) ? <span className="muted">{` · ${monthSourceWord(line.source, t)}`}</span> : null}
                </td>
              </>
            )}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="print-sum">
          <td>{t('reportShipments.screen.total')}</td>
          <ShipmentSumCells sums={totals} leftOut={leftOut('fobUsdCents')} />
          <IdrCell value={totals.fobIdr} leftOut={leftOut('fobIdr')} />
          <td className="num nowrap">{report.exports.usdCents === null ? t('exports.reports.noData') : formatAmount(report.exports.usdCents, 'USD', locale)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
