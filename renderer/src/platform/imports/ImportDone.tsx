import { useTranslation } from 'react-i18next';
import type { ImportKind, ImportOutcome } from '../../../../shared/api/files';
import { useApp } from '../appContext';
import { formatNumber } from '../common/format';

/** Step 3: how many rows were saved, and how many were left out. */
export function ImportDone({ outcome, kind }: { outcome: ImportOutcome; kind: ImportKind }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const skipped = new Set(outcome.errors.map((error) => error.row)).size;
  return (
    <div className="import-done" data-testid="import-done">
      <div className="done-mark" aria-hidden="true">✓</div>
      <p className="done-title" data-testid="import-saved">
        {outcome.updated === undefined
          ? t('ui.import.saved', { count: outcome.imported, rows: formatNumber(outcome.imported, locale) })
          : t('importUpdate.screen.doneUpdate', {
            imported: formatNumber(outcome.imported, locale),
            updated: formatNumber(outcome.updated, locale),
            unchanged: formatNumber(outcome.unchanged ?? 0, locale),
          })}
      </p>
      {skipped > 0 ? <p className="muted">{t('ui.import.skipped', { count: skipped, rows: formatNumber(skipped, locale) })}</p> : null}
      <p className="muted">{t(`ui.import.doneHint.${kind}`)}</p>
    </div>
  );
}
