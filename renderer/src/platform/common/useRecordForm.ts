import { useCallback, useEffect, useRef, useState } from 'react';
import { CallError } from '../api/client';
import { errorMessage } from './format';
import { useValidatedForm, type ValidatedForm } from './useValidatedForm';
import { serverFieldErrors, type FieldErrors } from './validation';

interface RecordFormOptions<V extends object, R, S> {
  /** null for a new record. */
  recordId: number | null;
  empty: V;
  /** The record being changed (with whatever the form shows beside it, such as its history); absent where records are only added (a stock movement). */
  load?(id: number): Promise<R>;
  toForm?(record: R): V;
  /** The shared schema's verdict on the typed values; keep it stable (useCallback). */
  validate(values: V, original: R | null): FieldErrors;
  /** `confirmed`: the user has seen the server's warnings (NEEDS_CONFIRM) and saves anyway. */
  persist(values: V, original: R | null, confirmed: boolean): Promise<S>;
  onSaved(saved: S, isNew: boolean): void;
  /** What else must be valid before saving (an order's lines); marks it as submitted too. */
  alsoSubmit?(): boolean;
  /** Takes the server's verdicts that belong elsewhere (`lines.2.sku`) and hands back the header's. */
  routeErrors?(errors: FieldErrors): FieldErrors;
}

export interface RecordForm<V, R> {
  form: ValidatedForm<V>;
  /** The record as loaded; null for a new one or while loading. */
  original: R | null;
  isLoading: boolean;
  isSaving: boolean;
  /** A failure that belongs to no one field (the server named none). */
  formError: string | null;
  setFormError(message: string | null): void;
  save(): Promise<void>;
  /** What the server asks to confirm before saving (a free order line), or null. */
  warnings: string[] | null;
  /** Saves again, confirming the warnings. */
  confirmSave(): Promise<void>;
  dismissWarnings(): void;
}

/** The server's NEEDS_CONFIRM: the unusual values it names, each in words. */
function warningsOf(error: unknown): string[] | null {
  if (!(error instanceof CallError) || error.failure.code !== 'NEEDS_CONFIRM') return null;
  const messages = error.failure.details.warnings.map((warning) => warning.message);
  return messages.length > 0 ? messages : [error.message];
}

/**
 * Add or change one record: load it, validate as typed, save, and put the server's verdict on
 * the field it names (a duplicate number, an unknown owner) or above the form.
 */
export function useRecordForm<V extends object, R, S>(options: RecordFormOptions<V, R, S>): RecordForm<V, R> {
  const { recordId, validate } = options;
  const [original, setOriginal] = useState<R | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const [warnings, setWarnings] = useState<string[] | null>(null);
  const check = useCallback((values: V) => validate(values, original), [validate, original]);
  const form = useValidatedForm(options.empty, check);
  const { replace } = form;
  // The loaders are closures over the caller's render; only the record's id says when to load.
  const latest = useRef(options);
  latest.current = options;

  useEffect(() => {
    const { load, toForm } = latest.current;
    if (recordId === null || !load || !toForm) return;
    let isCurrent = true;
    load(recordId)
      .then((record) => {
        if (!isCurrent) return;
        setOriginal(record);
        replace(toForm(record));
      })
      .catch((error: unknown) => isCurrent && setFormError(errorMessage(error)));
    return () => {
      isCurrent = false;
    };
  }, [recordId, replace]);

  async function save(confirmed = false) {
    const isHeaderValid = form.submit();
    const isRestValid = options.alsoSubmit ? options.alsoSubmit() : true;
    if (!isHeaderValid || !isRestValid) return;
    setIsSaving(true);
    setFormError(null);
    setWarnings(null);
    try {
      const saved = await options.persist(form.values, original, confirmed);
      options.onSaved(saved, original === null);
      setIsSaving(false);
    } catch (error) {
      const asked = warningsOf(error);
      if (asked) {
        setWarnings(asked);
        setIsSaving(false);
        return;
      }
      const fields = serverFieldErrors(error);
      const own = fields && options.routeErrors ? options.routeErrors(fields) : fields;
      if (own) form.setServerErrors(own);
      if (!fields) setFormError(errorMessage(error));
      setIsSaving(false);
    }
  }

  const isLoading = recordId !== null && original === null && formError === null;
  return {
    form, original, isLoading, isSaving, formError, setFormError, save: () => save(false),
    warnings, confirmSave: () => save(true), dismissWarnings: () => setWarnings(null),
  };
}
