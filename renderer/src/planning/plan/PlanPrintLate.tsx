import { useTranslation } from 'react-i18next';
import type { LateLine } from '../../../../shared/api/planning';
import { useApp } from '../../platform/appContext';
import { formatNumber } from '../../platform/common/format';

/** The lines the plan cannot finish before their ship date, with the reason the plan gave, as the late tab lists them. */
export function PlanPrintLate({ lines }: { lines: readonly LateLine[] }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  if (lines.length === 0) return <p className="plan-print-none" data-testid="plan-print-late-none">{t('ui.plan.lateNone')}</p>;
  return (
    <table className="print-table plan-print-late" data-testid="plan-print-late">
      <thead>
        <tr>
          <th>{t('plan.print.column.orderNo')}</th>
          <th>{t('plan.print.column.sku')}</th>
          <th className="num">{t('plan.print.column.shortQty')}</th>
          <th>{t('plan.print.column.lateReason')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={`${line.orderNo}/${line.sku}`}>
            <td className="mono nowrap">{line.orderNo}</td>
            <td className="mono nowrap">{line.sku}</td>
            <td className="num nowrap">{formatNumber(line.shortQty, locale)}</td>
            <td>{line.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
