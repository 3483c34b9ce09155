import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Shipment } from '../../../../shared/api/shipments';
import { EDITABLE_SHIPMENT, type ShipmentStatus } from '../../../../shared/domain/shipments';
import { call, CallError } from '../../platform/api/client';
import { RecordFormDialog } from '../../platform/common/RecordFormDialog';
import { useCallData } from '../../platform/common/useCallData';
import { useRecordForm } from '../../platform/common/useRecordForm';
import { liveFigures } from './liveFigures';
import { OpenLinesTable } from './OpenLinesTable';
import { savedFigures } from './savedFigures';
import { SavedLinesTable } from './SavedLinesTable';
import { ShipmentCostsPanel } from './ShipmentCostsPanel';
import { ShipmentDocButtons } from './ShipmentDocButtons';
import { ShipmentFigures } from './ShipmentFigures';
import { ShipmentPaperGaps } from './ShipmentPaperGaps';
import {
  chosenLines, emptyShipment, formToInput, lineKey, shipmentLinesToDrafts, shipmentToForm, validateShipment, type LineDrafts, type ShipmentFormValues,
} from './shipmentFormModel';
import { ShipmentHeaderFields } from './ShipmentHeaderFields';
import { ShipmentPaperFields } from './ShipmentPaperFields';
import { ShipmentStatusActions } from './ShipmentStatusActions';

/** The fields the form shows, by name: where the server's verdict on a field can be put. */
const HEADER_FIELDS = emptyShipment('2026-01-01', '');

interface ShipmentFormProps {
  shipmentId: number | null;
  today: string;
  suggestedNo: string;
  onClose(): void;
  onSaved(shipment: Shipment, isNew: boolean): void;
  onChanged(shipment: Shipment): void;
}

/** Buat pengapalan: a buyer, its ready lines and how many of each go, the papers; the load and its container as typed. */
export function ShipmentForm({ shipmentId, today, suggestedNo, onClose, onSaved, onChanged }: ShipmentFormProps) {
  const { t } = useTranslation();
  const buyers = useCallData('buyers:list', {});
  const rates = useCallData('rates:list', {});
  const [shipment, setShipment] = useState<Shipment | null>(null);
  const [drafts, setDrafts] = useState<LineDrafts>({});
  const [lineErrors, setLineErrors] = useState<Record<string, string>>({});
  const [linesError, setLinesError] = useState<string | null>(null);
  const nextStatus = useRef<ShipmentStatus | null>(null);
  const validate = useCallback((values: ShipmentFormValues) => validateShipment(formToInput(values, [], {}, null), t), [t]);
  const record = useRecordForm<ShipmentFormValues, Shipment, Shipment>({
    recordId: shipmentId,
    empty: emptyShipment(today, suggestedNo),
    load: (id) => call('shipments:get', { id }),
    toForm: shipmentToForm,
    validate,
    alsoSubmit: (): boolean => {
      const hasLines = chosenLines(open, drafts).length > 0;
      setLinesError(hasLines ? null : t('shipments.form.noLines'));
      return hasLines && [...figures.lines.values()].every((line) => line.state !== 'problem');
    },
    // A verdict on no field of the form (a status step refused) goes above it.
    routeErrors: (errors) => {
      const own: Record<string, string> = {};
      for (const [field, message] of Object.entries(errors)) {
        if (field in HEADER_FIELDS) own[field] = message;
        else record.setFormError(message);
      }
      return own;
    },
    persist: async (values, original): Promise<Shipment> => {
      setLineErrors({});
      const status = nextStatus.current ?? (shown ?? original)?.status ?? 'draft';
      const input = { ...formToInput(values, open, drafts, original?.id ?? null), status };
      try {
        return await call('shipments:save', input);
      } catch (error) {
        throw lineFailure(error, input.lines);
      }
    },
    onSaved: (saved, isNew): void => {
      if (nextStatus.current === null) return onSaved(saved, isNew);
      nextStatus.current = null;
      show(saved);
      onChanged(saved);
    },
  });
  const { form, original } = record;
  const shown = shipment ?? original;
  const isLocked = shown !== null && !EDITABLE_SHIPMENT.includes(shown.status);
  const openLines = useCallData('shipments:openLines', { buyerCode: form.values.buyerCode || '-', ...(shown ? { shipmentId: shown.id } : {}) });
  const open = useMemo(() => (form.values.buyerCode ? (openLines.data ?? []) : []), [form.values.buyerCode, openLines.data]);
  const buyer = (buyers.data ?? []).find((candidate) => candidate.buyerCode === form.values.buyerCode) ?? null;
  const buyerIncoterm = buyer?.incoterm ?? null;
  const figures = useMemo(
    () => (isLocked && shown ? savedFigures(shown) : liveFigures(open, drafts, form.values, rates.data ?? [], buyerIncoterm)),
    [isLocked, shown, open, drafts, form.values, rates.data, buyerIncoterm],
  );
  useEffect(() => {
    if (original) setDrafts(shipmentLinesToDrafts(original));
  }, [original]);

  /** A refusal about one line: on that line and above the form. */
  function lineFailure(error: unknown, lines: { orderNo: string; sku: string }[]): unknown {
    if (!(error instanceof CallError)) return error;
    const { field, line: lineNo } = error.place;
    const line = lineNo === null ? undefined : lines[lineNo - 1];
    if (!field?.startsWith('lines.') || !line) return error;
    setLineErrors({ [lineKey(line)]: error.message });
    return new CallError(error.failure, { field: null, line: null, fields: [] });
  }

  /** A shipment that moved on: the form shows it as it now is (its PEB, its B/L, its lines). */
  function show(next: Shipment) {
    setShipment(next);
    form.replace(shipmentToForm(next));
    setDrafts(shipmentLinesToDrafts(next));
  }

  function book() {
    nextStatus.current = 'booked';
    void record.save().finally(() => {
      nextStatus.current = null;
    });
  }

  const country = form.values.country || buyer?.country || '';
  return (
    <RecordFormDialog
      title={shown ? t('shipments.form.editTitle', { shipmentNo: shown.shipmentNo, buyer: shown.buyerName }) : t('shipments.form.newTitle')}
      formId="shipment-form"
      record={record}
      onClose={onClose}
      isReadOnly={isLocked}
      footerStart={
        shown ? (
          <>
            {/* A step that went through clears the refusal of an earlier try (a reason asked for, a PEB missing). */}
            <ShipmentStatusActions shipment={shown} onBook={book} onChanged={(next) => { record.setFormError(null); show(next); onChanged(next); }} onError={record.setFormError} />
            <ShipmentDocButtons shipment={shown} onError={record.setFormError} />
          </>
        ) : null
      }
    >
      {buyers.error ?? rates.error ? <div className="form-error">{buyers.error ?? rates.error}</div> : null}
      {form.values.buyerCode && openLines.error ? <div className="form-error">{openLines.error}</div> : null}
      {isLocked && shown ? <div className="info-banner" data-testid="shipment-locked">{t('shipments.form.locked', { status: t(`shipments.status.${shown.status}`) })}</div> : null}
      {shown?.qcReason ? <div className="info-banner" data-testid="shipment-qc-reason-shown">{t('shipments.form.qcReasonShown', { reason: shown.qcReason })}</div> : null}
      {isLocked && shown && shown.status !== 'cancelled' && shown.value.gaps.length > 0 ? (
        <ShipmentCostsPanel key={`${shown.id}-${shown.value.gaps.join()}`} shipment={shown} onChanged={(next) => { show(next); onChanged(next); }} onError={record.setFormError} />
      ) : null}
      {shown ? <ShipmentPaperGaps key={`${shown.id}-${shown.status}`} shipmentId={shown.id} /> : null}
      <div className="shipment-layout">
        <fieldset className="plain-fieldset shipment-main" disabled={isLocked}>
          <ShipmentHeaderFields form={form} buyers={buyers.data ?? []} isNew={shipmentId === null} />
          <h3 className="shipment-section">{t('shipments.form.lines')}</h3>
          {linesError ? <div className="form-error" data-testid="shipment-lines-error">{linesError}</div> : null}
          {isLocked && shown ? <SavedLinesTable shipment={shown} /> : null}
          {!isLocked && !form.values.buyerCode ? <p className="muted" data-testid="shipment-pick-buyer">{t('shipments.form.pickBuyerFirst')}</p> : null}
          {!isLocked && form.values.buyerCode && openLines.data && open.length === 0 ? <p className="muted" data-testid="shipment-no-open">{t('shipments.form.noOpenLines')}</p> : null}
          {!isLocked && open.length > 0 ? (
            <OpenLinesTable open={open} drafts={drafts} figures={figures} serverErrors={lineErrors} isLocked={isLocked} onChange={(key, draft) => setDrafts((current) => ({ ...current, [key]: draft }))} onPaste={setDrafts} />
          ) : null}
          <h3 className="shipment-section">{t('shipments.form.papers')}</h3>
          <ShipmentPaperFields form={form} buyerIncoterm={buyerIncoterm} currency={figures.currency} missing={figures.missing} />
        </fieldset>
        <ShipmentFigures
          figures={figures}
          country={country}
          isLocked={isLocked}
          onUseSuggestion={(fill) => {
            form.set('containerType', fill.type);
            form.set('containerCount', String(fill.count));
          }}
        />
      </div>
    </RecordFormDialog>
  );
}
