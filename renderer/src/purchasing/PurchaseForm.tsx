import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PurchaseOrder } from '../../../shared/api/production';
import type { Currency } from '../../../shared/money';
import { call } from '../platform/api/client';
import { moveOnEnter } from '../platform/common/enterMovesOn';
import { RecordFormDialog } from '../platform/common/RecordFormDialog';
import { useCallData } from '../platform/common/useCallData';
import { useLineItems, type LineItems } from '../platform/common/useLineItems';
import { useRecordForm } from '../platform/common/useRecordForm';
import type { FieldErrors } from '../platform/common/validation';
import { PurchaseHeaderFields } from './PurchaseHeaderFields';
import { PurchaseLines } from './PurchaseLines';
import { PurchaseStatusActions } from './PurchaseStatusActions';
import {
  BLANK_PURCHASE_LINE, currencyOf, emptyPurchase, formToInput, isEditable, linesCurrency, purchaseLinesToDrafts, purchaseToForm,
  validatePurchaseHeader, validatePurchaseLine, type PurchaseFormValues, type PurchaseLineDraft,
} from './purchaseFormModel';
import { savePurchaseOrder } from './savePurchaseOrder';
import { ReceiveDialog } from './ReceiveDialog';
import { statusLabel } from '../platform/common/statusLabel';

interface PurchaseFormProps {
  /** null for a new order. */
  purchaseId: number | null;
  today: string;
  /** The next number of the year, filled in on a new PO. */
  suggestedNo?: string;
  suppliers: string[];
  onClose(): void;
  onSaved(po: PurchaseOrder, isNew: boolean): void;
  /** Ordered, received or cancelled while the form stays open: the table shows it at once. */
  onChanged(po: PurchaseOrder, step: 'ordered' | 'received' | 'cancelled'): void;
  onPrint(po: PurchaseOrder): void;
}

const HEADER_FIELDS = new Set(['poNo', 'supplier', 'orderDate', 'expectedOn', 'note']);

/** A purchase order: supplier, dates and materials while a draft; then read-only with its status steps. */
export function PurchaseForm({ purchaseId, today, suggestedNo = '', suppliers, onClose, onSaved, onChanged, onPrint }: PurchaseFormProps) {
  const { t } = useTranslation();
  const materials = useCallData('materials:list', {});
  const [po, setPo] = useState<PurchaseOrder | null>(null);
  const [linesError, setLinesError] = useState<string | null>(null);
  const [isReceiving, setIsReceiving] = useState(false);
  // "Pesan" on a draft saves what is typed, then orders it, and keeps the form open.
  const orderAfterSave = useRef(false);
  const supplierChoices = useMemo(
    () => [...new Set([...suppliers, ...(materials.data ?? []).flatMap((material) => (material.supplier ? [material.supplier] : []))])].sort((a, b) => a.localeCompare(b)),
    [suppliers, materials.data],
  );
  const known = useMemo(() => new Set((materials.data ?? []).map((material) => material.materialCode)), [materials.data]);
  const validate = useCallback((values: PurchaseFormValues, original: PurchaseOrder | null) => validatePurchaseHeader(values, original, t), [t]);
  const record = useRecordForm<PurchaseFormValues, PurchaseOrder, PurchaseOrder>({
    recordId: purchaseId,
    empty: emptyPurchase(today, suggestedNo),
    load: (id) => call('purchases:get', { id }),
    toForm: purchaseToForm,
    validate,
    alsoSubmit: () => lines.submit() && lines.lines.length > 0,
    routeErrors: (errors) => routeErrors(lines.takeServerErrors(errors)),
    persist: async (values, original) => {
      setLinesError(null);
      const saved = await savePurchaseOrder(formToInput(values, lines.lines, po ?? original, currency));
      return orderAfterSave.current ? call('purchases:setStatus', { id: saved.id, status: 'ordered' }) : saved;
    },
    onSaved: (saved, isNew) => {
      if (!orderAfterSave.current) return onSaved(saved, isNew);
      orderAfterSave.current = false;
      // Shown as stored from now on (the numbers as the backend rounded and formats them).
      record.form.replace(purchaseToForm(saved));
      lines.replace(purchaseLinesToDrafts(saved));
      setPo(saved);
      onChanged(saved, 'ordered');
    },
  });
  const { form, original } = record;
  const shown = po ?? original;
  const isLocked = !isEditable(shown?.status);
  // A draft is in its materials' currency; a placed order keeps its own.
  const [draftCurrency, setDraftCurrency] = useState<Currency>('IDR');
  const currency = shown && isLocked ? currencyOf(shown.currency) : draftCurrency;
  const validateLine = useCallback(
    (line: PurchaseLineDraft, _index: number, all: PurchaseLineDraft[]) => validatePurchaseLine(line, all, currency, known, t),
    [currency, known, t],
  );
  const lines: LineItems<PurchaseLineDraft> = useLineItems<PurchaseLineDraft>([BLANK_PURCHASE_LINE], validateLine);
  const { replace } = lines;
  useEffect(() => {
    if (original) replace(purchaseLinesToDrafts(original));
  }, [original, replace]);
  useEffect(() => setDraftCurrency(linesCurrency(lines.lines, materials.data ?? [])), [lines.lines, materials.data]);

  /** Verdicts on the lines as a whole (mixed currencies) above the lines; a locked PO above the form. */
  function routeErrors(rest: FieldErrors): FieldErrors {
    const own: FieldErrors = {};
    for (const [field, message] of Object.entries(rest)) {
      if (HEADER_FIELDS.has(field)) own[field] = message;
      else if (field === 'lines') setLinesError(message);
      else record.setFormError(message);
    }
    return own;
  }

  function changed(next: PurchaseOrder, step: 'ordered' | 'received' | 'cancelled') {
    setPo(next);
    onChanged(next, step);
  }

  return (
    <RecordFormDialog
      title={shown ? t('purchasing.form.editTitle', { poNo: shown.poNo, supplier: shown.supplier }) : t('purchasing.form.newTitle')}
      formId="po-form"
      record={record}
      onClose={onClose}
      isReadOnly={isLocked}
      footerStart={
        shown ? (
          <PurchaseStatusActions
            po={shown}
            onOrder={() => {
              orderAfterSave.current = true;
              void record.save().finally(() => {
                orderAfterSave.current = false;
              });
            }}
            onReceive={() => setIsReceiving(true)}
            onPrint={() => onPrint(shown)}
            onChanged={(next) => changed(next, 'cancelled')}
            onError={record.setFormError}
          />
        ) : null
      }
    >
      {materials.error ? <div className="form-error">{materials.error}</div> : null}
      {isLocked && shown ? <div className="info-banner" data-testid="po-locked">{t('purchasing.form.locked', { status: statusLabel(t, 'purchase', shown.status) })}</div> : null}
      {shown?.planRunId ? <p className="muted" data-testid="po-plan-origin">{t('purchasing.form.fromPlan')}</p> : null}
      {/* Enter moves on from field to field; the PO saves from Simpan or Ctrl+S only. */}
      <fieldset className="plain-fieldset" disabled={isLocked} onKeyDown={moveOnEnter}>
        <PurchaseHeaderFields form={form} suppliers={supplierChoices} isNew={purchaseId === null} />
        <PurchaseLines
          lines={lines}
          materials={materials.data ?? []}
          currency={currency}
          saved={shown}
          error={linesError ?? (lines.lines.length === 0 ? t('purchasing.form.noLines') : undefined)}
          onChoseMaterial={(material) => {
            if (form.values.supplier.trim() === '' && material.supplier) form.set('supplier', material.supplier);
          }}
        />
      </fieldset>
      {isReceiving && shown ? (
        <ReceiveDialog
          po={shown}
          today={today}
          onClose={() => setIsReceiving(false)}
          onReceived={(next) => {
            setIsReceiving(false);
            changed(next, 'received');
          }}
        />
      ) : null}
    </RecordFormDialog>
  );
}
