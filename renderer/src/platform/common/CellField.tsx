import type { HTMLAttributes } from 'react';
import type { Choice } from './choices';

interface CellFieldProps {
  /** Said to screen readers: the column's header. */
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  testId: string;
  /** A select of these choices; a text input without them. */
  options?: Choice[];
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  placeholder?: string;
}

/** One field in a table of lines (a BOM, an order), with its message under it when it is wrong. */
export function CellField({ label, value, onChange, error, testId, options, inputMode, placeholder }: CellFieldProps) {
  const common = { value, 'aria-label': label, 'aria-invalid': error ? true : undefined, 'data-testid': testId };
  return (
    <div className={`cell-input${error ? ' field-invalid' : ''}`}>
      {options ? (
        <select {...common} onChange={(event) => onChange(event.target.value)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input {...common} type="text" className="num" inputMode={inputMode} placeholder={placeholder} onChange={(event) => onChange(event.target.value)} />
      )}
      {error ? (
        <div className="field-error" data-testid={`${testId}-error`}>
          {error}
        </div>
      ) : null}
    </div>
  );
}
