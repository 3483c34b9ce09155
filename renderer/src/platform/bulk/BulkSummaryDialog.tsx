import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkResult } from '../../../../shared/api/bulk';
import { useApp } from '../appContext';
import { Dialog } from '../common/Dialog';
import { formatNumber } from '../common/format';
import './bulk.css';

interface BulkSummaryDialogProps {
  result: BulkResult;
  onClose(): void;
  /** A further step on what was done (print the SPKs), beside Close. */
  action?: ReactNode;
}

/** One summary of a bulk action: how many were done, and each refused row with its reason. */
export function BulkSummaryDialog({ result, onClose, action }: BulkSummaryDialogProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const done = result.done.length;
  const refused = result.refused.length;
  return (
    <Dialog
      title={t('bulk.summaryTitle')}
      onClose={onClose}
      testId="bulk-summary"
      size="large"
      footer={
        <>
          {action}
          <button type="button" className="button primary" onClick={onClose} data-testid="bulk-summary-ok">
            {t('bulk.close')}
          </button>
        </>
      }
    >
      <p className="dialog-text" data-testid="bulk-summary-counts">
        <strong>{t('bulk.doneCount', { count: done, shown: formatNumber(done, locale) })}</strong>
        {' · '}
        <span className={refused > 0 ? 'bulk-refused-count' : undefined}>{t('bulk.refusedCount', { count: refused, shown: formatNumber(refused, locale) })}</span>
      </p>
      {done > 0 ? (
        <p className="dialog-text bulk-done-list" data-testid="bulk-summary-done">
          {t('bulk.doneHeading')}: {result.done.map((row) => row.no).join(', ')}
        </p>
      ) : null}
      {refused > 0 ? (
        <>
          <h3 className="bulk-subtitle">{t('bulk.refusedHeading')}</h3>
          <table className="plain-table compact" data-testid="bulk-summary-refused">
            <thead>
              <tr>
                <th>{t('bulk.colNo')}</th>
                <th>{t('bulk.colReason')}</th>
              </tr>
            </thead>
            <tbody>
              {result.refused.map((row) => (
                <tr key={row.id}>
                  <td>{row.no}</td>
                  <td>{row.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </Dialog>
  );
}
