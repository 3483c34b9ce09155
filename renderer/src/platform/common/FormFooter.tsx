import { useTranslation } from 'react-i18next';

/** Batal / Simpan under a form; the reason a save would be refused is said next to the button. */
export function FormFooter({ formId, isSaving, hasErrors, onCancel }: { formId: string; isSaving: boolean; hasErrors: boolean; onCancel(): void }) {
  const { t } = useTranslation();
  return (
    <>
      {hasErrors ? <span className="footer-note">{t('ui.form.fixFirst')}</span> : null}
      <button type="button" className="button" onClick={onCancel} data-testid={`${formId}-cancel`}>
        {t('ui.common.cancel')}
      </button>
      <button type="submit" form={formId} className="button primary" disabled={isSaving} data-testid={`${formId}-save`}>
        {isSaving ? t('ui.common.saving') : t('ui.common.save')}
      </button>
    </>
  );
}
