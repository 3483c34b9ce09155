import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PurchaseOrder } from '../../../shared/api/production';
import { call, CallError } from '../platform/api/client';
import { useApp } from '../platform/appContext';
import { dateHint } from '../platform/common/dateHint';
import { Dialog } from '../platform/common/Dialog';
import { moveOnEnter, useSaveKey } from '../platform/common/enterMovesOn';
import { errorMessage } from '../platform/common/format';
import { dateForInput } from '../platform/common/formText';
import { TextField } from '../platform/common/TextField';
import { useLineItems } from '../platform/common/useLineItems';
import { useValidatedForm } from '../platform/common/useValidatedForm';
import { ReceiveLineRow } from './ReceiveLineRow';
import { emptyReceipt, receiveDrafts, receivedLines, validateReceiptHeader, validateReceiveLine, type ReceiveDraft, type ReceiveHeader } from './receiveModel';

interface ReceiveDialogProps {
  po: PurchaseOrder;
  today: string;
  onClose(): void;
  onReceived(po: PurchaseOrder): void;
}

/** The server names the offending line by its place among the lines sent (1-based). */
function lineOfError(error: unknown): number | null {
  return error instanceof CallError ? error.place.line : null;
}

/** Terima barang: what came in from the supplier today, line by line, into the stock ledger. */
export function ReceiveDialog({ po, today, onClose, onReceived }: ReceiveDialogProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const validateHeader = useCallback((values: ReceiveHeader) => validateReceiptHeader(values, t), [t]);
  const header = useValidatedForm<ReceiveHeader>(emptyReceipt(today), validateHeader);
  const validateLine = useCallback(
    (draft: ReceiveDraft) => validateReceiveLine(draft, po.lines.find((line) => line.materialCode === draft.materialCode), locale, t),
    [po, locale, t],
  );
  const lines = useLineItems<ReceiveDraft>(receiveDrafts(po), validateLine);
  const [formError, setFormError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  async function save() {
    const isHeaderValid = header.submit();
    const areLinesValid = lines.submit();
    if (!isHeaderValid || !areLinesValid) return;
    const received = receivedLines(lines.lines);
    if (received.length === 0) {
      setFormError(t('purchasing.receive.nothing'));
      return;
    }
    setIsSaving(true);
    setFormError(null);
    try {
      onReceived(await call('purchases:receive', { id: po.id, receivedOn: dateForInput(header.values.receivedOn) ?? '', lines: received }));
    } catch (error) {
      const line = lineOfError(error);
      const index = line === null ? -1 : lines.lines.findIndex((draft) => draft.materialCode === received[line - 1]?.materialCode);
      if (index >= 0) lines.takeServerErrors({ [`lines.${index}.qty`]: errorMessage(error) });
      else setFormError(errorMessage(error));
      setIsSaving(false);
    }
  }

  // Opened from inside the PO's own form: a <div>, not a nested <form>.
  useSaveKey('receive-form-fields', !isSaving, () => void save());
  return (
    <Dialog
      title={t('purchasing.receive.title', { poNo: po.poNo, supplier: po.supplier })}
      onClose={onClose}
      testId="receive-form"
      size="large"
      footer={
        <>
          {header.showsErrors || lines.hasErrors ? <span className="footer-note">{t('ui.form.fixFirst')}</span> : null}
          <button type="button" className="button" onClick={onClose} data-testid="receive-form-cancel">
            {t('ui.common.cancel')}
          </button>
          <button type="button" className="button primary" disabled={isSaving} onClick={() => void save()} data-testid="receive-form-save">
            {isSaving ? t('ui.common.saving') : t('purchasing.receive.save')}
          </button>
        </>
      }
    >
      <div id="receive-form-fields" onKeyDown={moveOnEnter}>
        {formError ? <div className="form-error" role="alert" data-testid="receive-form-error">{formError}</div> : null}
        <p className="dialog-text muted">{t('purchasing.receive.explained')}</p>
        <div className="form-grid">
          <TextField
            label={t('purchasing.receive.date')}
            value={header.values.receivedOn}
            placeholder={t('ui.form.datePlaceholder')}
            onChange={(value) => header.set('receivedOn', value)}
            error={header.errors.receivedOn}
            hint={dateHint(header.values.receivedOn, locale, t)}
            required
            testId="receive-date"
          />
        </div>
        <table className="plain-table line-table receive-table" data-testid="receive-lines">
          <thead>
            <tr>
              <th className="num">{t('ui.print.rowNo')}</th>
              <th>{t('purchasing.column.materialCode')}</th>
              <th>{t('purchasing.column.materialName')}</th>
              <th className="num">{t('purchasing.receive.ordered')}</th>
              <th className="num">{t('purchasing.receive.already')}</th>
              <th className="num">{t('purchasing.receive.open')}</th>
              <th className="num">{t('purchasing.receive.now')}</th>
              <th>{t('purchasing.form.uom')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.lines.map((draft, index) => {
              const line = po.lines.find((candidate) => candidate.materialCode === draft.materialCode);
              return line ? (
                <ReceiveLineRow key={draft.key} index={index} line={line} draft={draft} errors={lines.errorsOf(index)} onChange={(qty) => lines.set(index, 'qty', qty)} />
              ) : null;
            })}
          </tbody>
        </table>
      </div>
    </Dialog>
  );
}
