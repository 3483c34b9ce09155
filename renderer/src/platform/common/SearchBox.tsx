import { useTranslation } from 'react-i18next';

/** The search box of a list; it searches as the user types. */
export function SearchBox({ value, onChange, placeholder, testId }: { value: string; onChange(text: string): void; placeholder: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <input
      type="search"
      className="search-box"
      placeholder={placeholder}
      aria-label={t('ui.toolbar.search')}
      value={value}
      data-testid={testId}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
