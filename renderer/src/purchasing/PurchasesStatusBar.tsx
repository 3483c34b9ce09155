import { useTranslation } from 'react-i18next';
import { useApp } from '../platform/appContext';
import { formatAmount, formatNumber } from '../platform/common/format';
import type { PurchaseRow } from './purchaseRows';

/** Under the table: how many POs, what is still to come in (rupiah), and how many the filters show. */
export function PurchasesStatusBar({ rows, displayed }: { rows: PurchaseRow[] | null; displayed: number }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  if (!rows) return <div className="status-bar">{t('ui.common.loading')}</div>;
  const open = rows.filter((row) => row.status === 'draft' || row.status === 'ordered');
  // What is still to come of the open rupiah orders: ordered less received, at the order's price.
  const outstanding = open
    .filter((row) => row.currency === 'IDR')
    .reduce((sum, row) => sum + row.lines.reduce((lineSum, line) => lineSum + Math.round(Math.max(0, line.qty - line.receivedQty) * line.unitCost), 0), 0);
  return (
    <div className="status-bar">
      <span data-testid="purchases-count">
        {t('purchasing.count', { count: rows.length, total: formatNumber(rows.length, locale), open: formatNumber(open.length, locale), value: formatAmount(outstanding, 'IDR', locale) })}
      </span>
      {displayed !== rows.length ? (
        <span className="status-filtered" data-testid="purchases-shown">
          {t('ui.common.shown', { count: displayed, shown: formatNumber(displayed, locale) })}
        </span>
      ) : null}
      <span className="status-hint">{t('purchasing.openHint')}</span>
    </div>
  );
}
