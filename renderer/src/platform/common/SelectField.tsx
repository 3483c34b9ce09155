import { useId } from 'react';

interface SelectFieldProps {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange(value: string): void;
  error?: string;
  hint?: string;
  required?: boolean;
  testId: string;
}

export function SelectField(props: SelectFieldProps) {
  const id = useId();
  const message = props.error ?? props.hint;
  return (
    <div className={`field${props.error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {props.label}
        {props.required ? <span className="required-mark" aria-hidden="true"> *</span> : null}
      </label>
      <select id={id} value={props.value} data-testid={props.testId} onChange={(event) => props.onChange(event.target.value)}>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {message ? (
        <div className={props.error ? 'field-error' : 'field-hint'} data-testid={props.error ? `${props.testId}-error` : undefined}>
          {message}
        </div>
      ) : null}
    </div>
  );
}
