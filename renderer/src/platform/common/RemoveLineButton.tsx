import { useTranslation } from 'react-i18next';

/** × at the end of a line of a BOM or an order. */
export function RemoveLineButton({ line, testId, onRemove }: { line: number; testId: string; onRemove(): void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="icon-button" aria-label={t('ui.bom.removeLine', { line })} data-testid={testId} onClick={onRemove}>
      ×
    </button>
  );
}
