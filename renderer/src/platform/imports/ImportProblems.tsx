import { useTranslation } from 'react-i18next';
import type { CellValue, ImportPreview } from '../../../../shared/api/files';
import { useApp } from '../appContext';
import { formatNumber } from '../common/format';

function shown(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

/** Every problem as the user finds it in Excel: row number, column, what is wrong. */
export function ImportProblems({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const rows = new Map(preview.rows.map((row) => [row.row, row]));
  const keyOfHeader = new Map(preview.columns.map((column) => [column.header, column.key]));
  const { locale } = useApp();
  const isCut = preview.errorCount > preview.errors.length;
  return (
    <section className="import-section">
      <h3 className="problem-title">
        {t(preview.valid > 0 ? 'ui.import.problems' : 'ui.import.problemsAll', { count: preview.invalidRows, rows: formatNumber(preview.invalidRows, locale), errors: formatNumber(preview.errorCount, locale) })}
      </h3>
      {isCut ? (
        <p className="muted" data-testid="import-problems-cut">
          {t('ui.import.problemsCut', { shown: formatNumber(preview.errors.length, locale), count: formatNumber(preview.errorCount, locale) })}
        </p>
      ) : null}
      <div className="table-scroll">
        <table className="plain-table problems" data-testid="import-problems">
          <thead>
            <tr>
              <th className="num">{t('ui.import.excelRow')}</th>
              <th>{t('ui.import.column')}</th>
              <th>{t('ui.import.value')}</th>
              <th>{t('ui.import.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.errors.map((error, index) => {
              const key = keyOfHeader.get(error.column);
              return (
                <tr key={`${error.row}-${error.column}-${index}`} data-testid="import-problem-row">
                  <td className="num">{error.row}</td>
                  <td>{error.column}</td>
                  <td className="cell-mono">{key ? shown(rows.get(error.row)?.values[key]) : ''}</td>
                  <td className="problem-reason">{error.message}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
