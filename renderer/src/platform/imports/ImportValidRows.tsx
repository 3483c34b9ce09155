import { useTranslation } from 'react-i18next';
import type { CellValue, ImportPreview } from '../../../../shared/api/files';
import { useApp } from '../appContext';
import { formatNumber } from '../common/format';

function shown(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '✓' : '–';
  return String(value);
}

/** The first rows that will be saved, as read: a last look before saving. */
export function ImportValidRows({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const valid = preview.rows.filter((row) => row.errors.length === 0);
  if (valid.length === 0) return null;
  return (
    <section className="import-section">
      <h3>{t('ui.import.validRows', { shown: formatNumber(valid.length, locale), count: preview.valid, total: formatNumber(preview.valid, locale) })}</h3>
      <div className="table-scroll">
        <table className="plain-table" data-testid="import-valid-rows">
          <thead>
            <tr>
              <th className="num">{t('ui.import.excelRow')}</th>
              {preview.columns.map((column) => (
                <th key={column.key}>{column.header}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {valid.map((row) => (
              <tr key={row.row}>
                <td className="num">{row.row}</td>
                {preview.columns.map((column) => (
                  <td key={column.key}>{shown(row.values[column.key])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
