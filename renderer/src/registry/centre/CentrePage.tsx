import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../platform/api/client';
import { useApp } from '../../platform/appContext';
import { moveOnEnter, useSaveShortcut } from '../../platform/common/enterMovesOn';
import { errorMessage } from '../../platform/common/format';
import { PageHeader } from '../../platform/common/PageHeader';
import { TextField } from '../../platform/common/TextField';
import { UndoBar, type Notice } from '../../platform/common/UndoBar';
import { useValidatedForm } from '../../platform/common/useValidatedForm';
import { serverFieldErrors } from '../../platform/common/validation';
import { Letterhead } from '../../platform/print/Letterhead';
import { PlanRulesFields } from './PlanRulesFields';
import { CENTRE_GROUPS, centreToForm, formAsCentre, formToCentre, validateCentre, type CentreFormValues } from './centreFormModel';

/** Fields whose expected shape is said under them (the exporter's numbers and codes). */
const HINTED_FIELDS = new Set(['legalName', 'addressEn', 'nib', 'npwp', 'swift']);
const WIDE_FIELDS = new Set(['name', 'cooperativeName', 'address', 'legalName', 'addressEn', 'bankAccountName']);

/** Profil Sentra: what the letterhead (kop surat) and the signature block of every printout say. */
export function CentrePage() {
  const { t } = useTranslation();
  const { centre, refresh } = useApp();
  const validate = useCallback((values: CentreFormValues) => validateCentre(values, t), [t]);
  const form = useValidatedForm(centreToForm(centre), validate);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  async function save() {
    if (!form.submit()) return;
    setIsSaving(true);
    try {
      const saved = await call('centre:save', formToCentre(form.values));
      form.replace(centreToForm(saved));
      await refresh();
      setNotice({ message: t('ui.centre.saved') });
    } catch (error) {
      const fields = serverFieldErrors(error);
      if (fields) form.setServerErrors(fields);
      else setNotice({ tone: 'error', message: errorMessage(error) });
    } finally {
      setIsSaving(false);
    }
  }

  useSaveShortcut('centre-form', true);
  return (
    <div className="form-page">
      <PageHeader title={t('ui.centre.title')} subtitle={t('ui.centre.subtitle')} />
      {!centre.isConfigured ? <div className="info-banner">{t('ui.centre.firstTime')}</div> : null}
      <div className="centre-layout">
        <form
          id="centre-form"
          className="centre-form"
          noValidate
          onKeyDown={moveOnEnter}
          data-testid="centre-form"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          {CENTRE_GROUPS.map((group) => (
            <fieldset key={group.key} className="form-section">
              <legend>{t(`ui.centre.group.${group.key}`)}</legend>
              <div className="form-grid">
                {group.fields.map((field) => (
                  <TextField
                    key={field}
                    label={t(`ui.centre.field.${field}`)}
                    value={form.values[field]}
                    onChange={(value) => form.set(field, value)}
                    error={form.errors[field]}
                    required={field === 'name'}
                    wide={WIDE_FIELDS.has(field)}
                    hint={HINTED_FIELDS.has(field) ? t(`exporter.hint.${field}`) : undefined}
                    testId={`centre-${field}`}
                  />
                ))}
              </div>
            </fieldset>
          ))}
          <PlanRulesFields form={form} />
          <div className="form-actions">
            {form.showsErrors ? <span className="footer-note">{t('ui.form.fixFirst')}</span> : null}
            <button type="submit" className="button primary" disabled={isSaving} data-testid="centre-save">
              {isSaving ? t('ui.common.saving') : t('ui.common.save')}
            </button>
          </div>
        </form>
        <aside className="letterhead-preview" aria-label={t('ui.centre.preview')}>
          <div className="preview-label">{t('ui.centre.preview')}</div>
          <div className="preview-paper">
            <Letterhead centre={formAsCentre(form.values)} />
          </div>
        </aside>
      </div>
      {notice ? <UndoBar notice={notice} onClose={() => setNotice(null)} /> : null}
    </div>
  );
}
