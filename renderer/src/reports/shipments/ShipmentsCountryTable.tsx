import { useTranslation } from 'react-i18next';
import type { ShipmentsReport } from '../../../../shared/api/report-shipments';
import { useApp } from '../../platform/appContext';
import { ShipmentSumCells } from './ShipmentSumCells';
import { shareText } from '../../platform/common/reportFormat';

/** Shipments that left by destination country: count, cartons, m³, FOB in USD and its share. */
export function ShipmentsCountryTable({ report, className, testId }: { report: ShipmentsReport; className: string; testId: string }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const c = (key: string) => t(`reportShipments.column.${key}`);
  const { totals } = report;
  return (
    <table className={`${className} shipments-report-table`} data-testid={testId}>
      <thead>
        <tr>
          <th>{c('country')}</th>
          <th className="num">{c('shipments')}</th>
          <th className="num">{c('cartons')}</th>
          <th className="num">{c('m3')}</th>
          <th className="num">{c('fobUsd')}</th>
          <th className="num">{c('share')}</th>
        </tr>
      </thead>
      <tbody>
        {report.byCountry.map((line) => (
          <tr key={line.country} data-testid={`${testId}-line`} data-key={line.country}>
            <td className="nowrap">{`${line.label} (${line.country})`}</td>
            <ShipmentSumCells sums={line} leftOut={line.withoutFob} />
            <td className="num nowrap">{shareText(line.sharePct, locale)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="print-sum">
          <td>{t('reportShipments.screen.total')}</td>
          <ShipmentSumCells sums={totals} leftOut={report.withoutFob.filter((s) => s.leftOutOf.includes('fobUsdCents')).length} />
          <td className="num nowrap">{totals.fobUsdCents !== null && totals.fobUsdCents > 0 ? shareText(100, locale) : '—'}</td>
        </tr>
      </tfoot>
    </table>
  );
}
