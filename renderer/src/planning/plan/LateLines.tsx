import { useTranslation } from 'react-i18next';
import type { LateLine } from '../../../../shared/api/planning';
import { useApp } from '../../platform/appContext';
import { formatNumber } from '../../platform/common/format';

/** Baris terlambat: what the plan cannot finish before the ship date, and why. */
export function LateLines({ lines }: { lines: readonly LateLine[] }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  if (lines.length === 0) return <p className="muted" data-testid="late-none">{t('ui.plan.lateNone')}</p>;
  return (
    <div className="table-scroll panel-scroll">
      <table className="plain-table compact" data-testid="late-table">
        <thead>
          <tr>
            <th>{t('ui.assignment.orderNo')}</th>
            <th>{t('ui.assignment.sku')}</th>
            <th className="num">{t('ui.plan.shortQty')}</th>
            <th>{t('ui.plan.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={`${line.orderNo}/${line.sku}`} data-testid="late-row">
              <td className="mono">{line.orderNo}</td>
              <td className="mono">{line.sku}</td>
              <td className="num">{formatNumber(line.shortQty, locale)}</td>
              <td>{line.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
