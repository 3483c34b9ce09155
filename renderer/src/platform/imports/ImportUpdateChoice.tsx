import { useTranslation } from 'react-i18next';

interface ImportUpdateChoiceProps {
  isUpdate: boolean;
  isBusy: boolean;
  onChange(isUpdate: boolean): void;
}

/** "Perbarui baris yang sudah ada": rows whose code is stored update that record instead of being refused. */
export function ImportUpdateChoice({ isUpdate, isBusy, onChange }: ImportUpdateChoiceProps) {
  const { t } = useTranslation();
  return (
    <label className="import-update-choice" title={t('importUpdate.screen.modeHint')}>
      <input type="checkbox" checked={isUpdate} disabled={isBusy} onChange={(event) => onChange(event.target.checked)} data-testid="import-update-mode" />{' '}
      <strong>{t('importUpdate.screen.mode')}</strong>
      <span className="muted"> — {t('importUpdate.screen.modeHint')}</span>
    </label>
  );
}
