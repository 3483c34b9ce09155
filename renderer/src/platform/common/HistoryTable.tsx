import { useTranslation } from 'react-i18next';
import { formatDateId } from '../../../../shared/dates';

export interface HistoryColumn<C> {
  header: string;
  isNumber?: boolean;
  cell(change: C): string;
}

interface HistoryTableProps<C extends { validFrom: string }> {
  title: string;
  testId: string;
  history: C[];
  columns: HistoryColumn<C>[];
}

/** Riwayat: what a record was from which date, newest first. */
export function HistoryTable<C extends { validFrom: string }>({ title, testId, history, columns }: HistoryTableProps<C>) {
  const { t } = useTranslation();
  return (
    <section className="history" data-testid={testId}>
      <h3>{title}</h3>
      {history.length === 0 ? (
        <p className="muted">{t('ui.common.noHistory')}</p>
      ) : (
        <table className="plain-table compact">
          <thead>
            <tr>
              <th>{t('ui.form.validFrom')}</th>
              {columns.map((column) => (
                <th key={column.header} className={column.isNumber ? 'num' : undefined}>
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...history].reverse().map((change, index) => (
              <tr key={`${change.validFrom}-${index}`}>
                <td>{formatDateId(change.validFrom)}</td>
                {columns.map((column) => (
                  <td key={column.header} className={column.isNumber ? 'num' : undefined}>
                    {column.cell(change)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
