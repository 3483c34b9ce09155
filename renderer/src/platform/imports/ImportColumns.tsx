import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/api/files';
import { fieldLabel } from './fieldLabel';

/** Which headers of the file were recognised as which field, and which were left out. */
export function ImportColumns({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  return (
    <section className="import-section">
      <h3>{t('ui.import.recognised')}</h3>
      <div className="column-map" data-testid="import-columns">
        {preview.columns.map((column) => (
          <div className="column-map-item" key={column.key}>
            <span className="column-letter">{column.column}</span>
            <span className="column-header">“{column.header}”</span>
            <span className="column-arrow" aria-hidden="true">→</span>
            <span className="column-field">{fieldLabel(preview.kind, column.key, column.header, t)}</span>
          </div>
        ))}
      </div>
      {preview.ignoredHeaders.length > 0 ? (
        <p className="muted" data-testid="import-ignored">
          {t('ui.import.ignored', { headers: preview.ignoredHeaders.map((header) => `“${header}”`).join(', ') })}
        </p>
      ) : null}
    </section>
  );
}
