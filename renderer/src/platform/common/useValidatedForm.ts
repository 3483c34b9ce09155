import { useCallback, useMemo, useState } from 'react';
import type { FieldErrors } from './validation';

export interface ValidatedForm<V> {
  values: V;
  /** Errors to show now: fields the user has touched, all of them after a save attempt, and the server's. */
  errors: FieldErrors;
  hasErrors: boolean;
  /** Some error is on screen: say why saving is refused. */
  showsErrors: boolean;
  set<K extends keyof V & string>(field: K, value: V[K]): void;
  replace(values: V): void;
  /** Marks every field as touched; true when the form may be saved. */
  submit(): boolean;
  setServerErrors(errors: FieldErrors): void;
}

/**
 * Validate as you type: `validate` runs the shared zod schema on every change; a field's message
 * appears once the user has typed in it (or pressed save), and a server error stays on its
 * field until that field is changed.
 */
export function useValidatedForm<V extends object>(initial: V, validate: (values: V) => FieldErrors): ValidatedForm<V> {
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [isSubmitted, setIsSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const allErrors = useMemo(() => validate(values), [validate, values]);
  const hasErrors = Object.keys(allErrors).length > 0;

  const set = useCallback(<K extends keyof V & string>(field: K, value: V[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setTouched((current) => new Set(current).add(field));
    setServerErrors((current) => {
      if (!(field in current)) return current;
      const rest = { ...current };
      delete rest[field];
      return rest;
    });
  }, []);

  const replace = useCallback((next: V) => {
    setValues(next);
    setTouched(new Set());
    setIsSubmitted(false);
    setServerErrors({});
  }, []);

  const submit = useCallback(() => {
    setIsSubmitted(true);
    return !hasErrors;
  }, [hasErrors]);

  const errors: FieldErrors = {};
  for (const [field, message] of Object.entries(allErrors)) {
    if (isSubmitted || touched.has(field)) errors[field] = message;
  }
  for (const [field, message] of Object.entries(serverErrors)) errors[field] ??= message;

  return { values, errors, hasErrors, showsErrors: Object.keys(errors).length > 0, set, replace, submit, setServerErrors };
}
