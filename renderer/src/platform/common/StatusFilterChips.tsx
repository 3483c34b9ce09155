import { useTranslation } from 'react-i18next';

interface StatusFilterChipsProps<S extends string> {
  /** Every status in workflow order: chosen ones are kept in this order. */
  statuses: readonly S[];
  value: S[];
  onChange(statuses: S[]): void;
  label: string;
  word(status: S): string;
  /** CSS class of a chip's colour: `<prefix>-<status>`. */
  classPrefix: string;
  /** Rows per status, shown after its name where the list knows them. */
  counts?: Record<S, number>;
}

/** One click per status to show only those rows (several at once); none chosen is all. */
export function StatusFilterChips<S extends string>({ statuses, value, onChange, label, word, classPrefix, counts }: StatusFilterChipsProps<S>) {
  const { t } = useTranslation();
  function toggle(status: S) {
    onChange(value.includes(status) ? value.filter((item) => item !== status) : statuses.filter((item) => item === status || value.includes(item)));
  }
  return (
    <div className="chips" role="group" aria-label={label} data-testid="status-chips">
      {statuses.map((status) => (
        <button
          key={status}
          type="button"
          className={`chip ${classPrefix}-${status}${value.includes(status) ? ' active' : ''}`}
          aria-pressed={value.includes(status)}
          data-testid={`status-chip-${status}`}
          onClick={() => toggle(status)}
        >
          {word(status)}
          {counts ? ` (${counts[status]})` : null}
        </button>
      ))}
      {value.length > 0 ? (
        <button type="button" className="link-button chips-clear" data-testid="status-chips-clear" onClick={() => onChange([])}>
          {t('ui.filter.all')}
        </button>
      ) : null}
    </div>
  );
}
