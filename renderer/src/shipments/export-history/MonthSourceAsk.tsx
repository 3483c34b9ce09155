import { useTranslation } from 'react-i18next';
import type { MonthSource } from '../../../../shared/api/exports';
import { CallError } from '../../platform/api/client';

/** What exports:save answers for a month that has shipments and no chosen source. */
export interface MonthSourceConflict {
  month: string;
  message: string;
}

/** The refusal of a save for a month with shipments, or null for any other error. */
export function monthSourceConflict(error: unknown): MonthSourceConflict | null {
  if (!(error instanceof CallError) || error.failure.code !== 'CONFLICT') return null;
  const { details, message } = error.failure;
  return details.entity === 'exportMonth' ? { month: details.id, message } : null;
}

/**
 * Saving a history row for a month that has shipments: both figures (in the message) and the
 * question which one the month keeps; the answer is saved with the row and recorded.
 */
export function MonthSourceAsk({ conflict, onChoose }: { conflict: MonthSourceConflict; onChoose(source: MonthSource): void }) {
  const { t } = useTranslation();
  return (
    <div className="form-error month-source-ask" role="alert" data-testid="export-month-source-ask">
      <p>{conflict.message}</p>
      <p>{t('exports.source.rule')}</p>
      <div className="button-row">
        <button type="button" className="button" data-testid="export-keep-history" onClick={() => onChoose('history')}>
          {t('exports.source.keepHistory')}
        </button>
        <button type="button" className="button" data-testid="export-keep-shipments" onClick={() => onChoose('shipments')}>
          {t('exports.source.keepShipments')}
        </button>
      </div>
    </div>
  );
}
