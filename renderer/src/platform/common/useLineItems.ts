import { useCallback, useMemo, useRef, useState } from 'react';
import type { FieldErrors } from './validation';

export type Keyed<L> = L & { key: number };

export interface LineItems<L> {
  lines: Keyed<L>[];
  /** The errors to show on one line now: its touched fields, all after a save attempt, and the server's. */
  errorsOf(index: number): FieldErrors;
  hasErrors: boolean;
  add(line: L): void;
  remove(index: number): void;
  set<K extends keyof L & string>(index: number, field: K, value: L[K]): void;
  replace(lines: L[]): void;
  /**
   * A block pasted from a spreadsheet: its rows over the lines from `at` on (new lines past the
   * end, made from `blank`), every field of those lines shown checked at once.
   */
  paste(at: number, rows: Partial<L>[], blank: L): void;
  /** Marks every line as touched; true when all lines are valid. */
  submit(): boolean;
  /**
   * Puts the server's `lines.2.materialCode` verdicts on their lines and hands back the rest.
   */
  takeServerErrors(errors: FieldErrors): FieldErrors;
}

const LINE_FIELD = /^lines\.(\d+)\.(\w+)$/;

/**
 * The editable lines of a document (a bill of materials, an order), validated as typed like a
 * form: `validateLine` checks one line against the shared schema and its neighbours.
 */
export function useLineItems<L extends object>(initial: L[], validateLine: (line: L, index: number, all: L[]) => FieldErrors): LineItems<L> {
  const nextKey = useRef(0);
  const withKey = useCallback((line: L): Keyed<L> => ({ ...line, key: nextKey.current++ }), []);
  const [lines, setLines] = useState<Keyed<L>[]>(() => initial.map(withKey));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [isSubmitted, setIsSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const allErrors = useMemo(() => lines.map((line, index) => validateLine(line, index, lines)), [lines, validateLine]);
  const hasErrors = allErrors.some((errors) => Object.keys(errors).length > 0);

  const errorsOf = (index: number): FieldErrors => {
    const key = lines[index]?.key;
    const shown: FieldErrors = {};
    for (const [field, message] of Object.entries(allErrors[index] ?? {})) {
      if (isSubmitted || touched.has(`${key}.${field}`)) shown[field] = message;
    }
    for (const [path, message] of Object.entries(serverErrors)) {
      const [lineKey, field] = path.split('.');
      if (Number(lineKey) === key) shown[field] ??= message;
    }
    return shown;
  };

  function set<K extends keyof L & string>(index: number, field: K, value: L[K]) {
    const key = lines[index]?.key;
    setLines((current) => current.map((line, at) => (at === index ? { ...line, [field]: value } : line)));
    setTouched((current) => new Set(current).add(`${key}.${field}`));
    setServerErrors((current) => {
      const rest = { ...current };
      delete rest[`${key}.${field}`];
      return rest;
    });
  }

  function takeServerErrors(errors: FieldErrors): FieldErrors {
    const rest: FieldErrors = {};
    const onLines: Record<string, string> = {};
    for (const [path, message] of Object.entries(errors)) {
      const match = LINE_FIELD.exec(path);
      const line = match ? lines[Number(match[1])] : undefined;
      if (match && line) onLines[`${line.key}.${match[2]}`] = message;
      else rest[path] = message;
    }
    setServerErrors(onLines);
    return rest;
  }

  const replace = useCallback(
    (next: L[]) => {
      setLines(next.map(withKey));
      setTouched(new Set());
      setIsSubmitted(false);
      setServerErrors({});
    },
    [withKey],
  );

  function paste(at: number, rows: Partial<L>[], blank: L) {
    const next = [...lines];
    rows.forEach((row, offset) => {
      const index = at + offset;
      next[index] = index < lines.length ? { ...lines[index], ...row } : withKey({ ...blank, ...row });
    });
    setLines(next);
    setTouched((current) => {
      const marked = new Set(current);
      for (const line of next.slice(at, at + rows.length)) {
        for (const field of Object.keys(blank)) marked.add(`${line.key}.${field}`);
      }
      return marked;
    });
  }

  return {
    lines,
    paste,
    errorsOf,
    hasErrors,
    add: (line) => setLines((current) => [...current, withKey(line)]),
    remove: (index) => setLines((current) => current.filter((_, at) => at !== index)),
    set,
    replace,
    submit: () => {
      setIsSubmitted(true);
      return !hasErrors;
    },
    takeServerErrors,
  };
}
