import { useTranslation } from 'react-i18next';
import type { ProductionLine } from '../../../../shared/api/report-production';
import { useApp } from '../../platform/appContext';
import { formatAmount, formatNumber } from '../../platform/common/format';
import { monthText, shareText } from '../../platform/common/reportFormat';

interface ProductionTableProps {
  lines: ProductionLine[];
  /** Months (the summary) or workshops. */
  by: 'month' | 'unit';
  total?: ProductionLine;
  /** `plain-table` on screen, `print-table` on paper. */
  className: string;
  testId: string;
}

function pct(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 100;
}

/** Months or workshops: assigned, capacity, handed in (and its share of capacity), QC rejects and value; a month without deliveries says so. */
export function ProductionTable({ lines, by, total, className, testId }: ProductionTableProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const c = (key: string) => t(`reportProduction.column.${key}`);
  const noData = <span className="no-data">{t('reportProduction.noData')}</span>;
  const cells = (line: ProductionLine) => (
    <>
      <td className="num">{formatNumber(line.assigned, locale)}</td>
      <td className="num muted-figure">{line.hasData ? formatNumber(line.capacity, locale) : ''}</td>
      <td className="num">{line.hasData ? shareText(pct(line.delivered, line.capacity), locale) : ''}</td>
      <td className="num">{line.hasData ? formatNumber(line.delivered, locale) : noData}</td>
      <td className="num">{line.hasData ? formatNumber(line.rejected, locale) : ''}</td>
      <td className="num">{line.hasData ? shareText(pct(line.rejected, line.delivered), locale) : ''}</td>
      <td className="num nowrap">{line.hasData ? formatAmount(line.valueIdr, 'IDR', locale) : ''}</td>
    </>
  );
  return (
    <table className={className} data-testid={testId}>
      <thead>
        <tr>
          {by === 'unit' ? <th>{c('unitCode')}</th> : null}
          <th>{by === 'month' ? c('month') : c('unitName')}</th>
          {['assigned', 'capacity', 'utilisation', 'delivered', 'rejected', 'rejectPct', 'value'].map((key) => (
            <th className="num" key={key}>{c(key)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.key} data-testid={`${testId}-line`} data-key={line.key}>
            {by === 'unit' ? <td className="nowrap">{line.unitCode}</td> : null}
            <td>{by === 'month' && line.month ? monthText(line.month, t) : line.unitName}</td>
            {cells(line)}
          </tr>
        ))}
      </tbody>
      {total ? (
        <tfoot>
          <tr>
            <th colSpan={by === 'unit' ? 2 : 1}>{t('imports.total')}</th>
            {cells(total)}
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}
