import { useTranslation } from 'react-i18next';
import type { CellValue, ImportPreview } from '../../../../shared/api/files';

function shown(value: CellValue, blank: string): string {
  if (value === null || value === '') return blank;
  if (typeof value === 'boolean') return value ? '✓' : '–';
  return String(value);
}

/** Update mode: each changed row with its changed cells, old → new, and the new rows. */
export function ImportChanges({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const rows = preview.rows.filter((row) => row.change && row.change.state !== 'unchanged');
  if (rows.length === 0) return null;
  const headerOf = new Map(preview.columns.map((column) => [column.key, column.header]));
  const keyColumn = preview.columns[0]?.key ?? '';
  const blank = t('importUpdate.screen.blank');
  return (
    <section className="import-section">
      <h3>{t('importUpdate.screen.changes')}</h3>
      <div className="table-scroll">
        <table className="plain-table" data-testid="import-changes">
          <thead>
            <tr>
              <th className="num">{t('ui.import.excelRow')}</th>
              <th>{headerOf.get(keyColumn)}</th>
              <th>{t('importUpdate.screen.changeColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.row} data-testid="import-change-row" className={`change-${row.change?.state}`}>
                <td className="num">{row.row}</td>
                <td>{shown(row.values[keyColumn] ?? null, blank)}</td>
                <td>
                  {row.change?.state === 'new' ? (
                    <span className="chip">{t('importUpdate.screen.state.new')}</span>
                  ) : (
                    row.change?.cells.map((cell) => (
                      <div key={cell.key} data-testid="import-change-cell">
                        {t('importUpdate.screen.change', { column: headerOf.get(cell.key) ?? cell.key, before: shown(cell.before, blank), after: shown(cell.after, blank) })}
                      </div>
                    ))
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
