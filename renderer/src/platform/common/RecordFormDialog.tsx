import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './ConfirmDialog';
import { Dialog } from './Dialog';
import { FormFooter } from './FormFooter';
import { moveOnEnter, useSaveShortcut } from './enterMovesOn';
import type { RecordForm } from './useRecordForm';

interface RecordFormDialogProps<V, R> {
  title: string;
  /** The form's id, and the prefix of its test ids (`member-form-save`, `member-form-error`). */
  formId: string;
  record: RecordForm<V, R>;
  onClose(): void;
  size?: 'medium' | 'large';
  /** The fields; shown once the record has loaded. */
  children: ReactNode;
  /** Under the fields: a history, a list of lines. */
  after?: ReactNode;
  /** Left of Batal/Simpan: actions on the saved record (status buttons). */
  footerStart?: ReactNode;
  /** Nothing to save (a shipped order): only Tutup. */
  isReadOnly?: boolean;
}

/**
 * The dialog every add/change form shares: the general error on top, Batal / Simpan below. Its
 * manners: Enter moves to the next field, Ctrl+S saves as Simpan does, Esc closes unsaved.
 */
export function RecordFormDialog<V, R>({ title, formId, record, onClose, size = 'large', children, after, footerStart, isReadOnly = false }: RecordFormDialogProps<V, R>) {
  const { t } = useTranslation();
  useSaveShortcut(formId, !isReadOnly && !record.isLoading);
  return (
    <Dialog
      title={title}
      onClose={onClose}
      testId={formId}
      size={size}
      footer={
        <>
          {footerStart}
          {isReadOnly ? (
            <button type="button" className="button" onClick={onClose} data-testid={`${formId}-close-button`}>
              {t('ui.common.close')}
            </button>
          ) : (
            <FormFooter formId={formId} isSaving={record.isSaving} onCancel={onClose} hasErrors={record.form.showsErrors} />
          )}
        </>
      }
    >
      <form
        id={formId}
        noValidate
        onKeyDown={moveOnEnter}
        onSubmit={(event) => {
          event.preventDefault();
          void record.save();
        }}
      >
        {record.formError ? (
          <div className="form-error" role="alert" data-testid={`${formId}-error`}>
            {record.formError}
          </div>
        ) : null}
        {record.isLoading ? <p>{t('ui.common.loading')}</p> : children}
        {after}
      </form>
      {record.warnings ? (
        <ConfirmDialog
          title={t('checks.confirm.title')}
          testId={`${formId}-confirm`}
          backLabel={t('checks.confirm.back')}
          confirmLabel={t('checks.confirm.save')}
          backTestId={`${formId}-confirm-back`}
          confirmTestId={`${formId}-confirm-save`}
          onBack={record.dismissWarnings}
          onConfirm={() => void record.confirmSave()}
        >
          <p className="dialog-text">{t('checks.confirm.lead')}</p>
          <ul className="dialog-list" data-testid={`${formId}-warnings`}>
            {record.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </ConfirmDialog>
      ) : null}
    </Dialog>
  );
}
