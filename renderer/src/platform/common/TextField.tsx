import { useId, type HTMLAttributes } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  onBlur?(): void;
  error?: string;
  /** Shown under the field when there is no error: the normalised value, a format reminder. */
  hint?: string;
  required?: boolean;
  placeholder?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  maxLength?: number;
  testId: string;
  wide?: boolean;
  autoFocus?: boolean;
  list?: string;
}

/** A labelled input with its message underneath: the error in red, else a quiet hint. */
export function TextField(props: TextFieldProps) {
  const id = useId();
  const messageId = `${id}-message`;
  const message = props.error ?? props.hint;
  return (
    <div className={`field${props.wide ? ' field-wide' : ''}${props.error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {props.label}
        {props.required ? <span className="required-mark" aria-hidden="true"> *</span> : null}
      </label>
      <input
        id={id}
        type="text"
        value={props.value}
        placeholder={props.placeholder}
        inputMode={props.inputMode}
        maxLength={props.maxLength}
        autoFocus={props.autoFocus}
        list={props.list}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={message ? messageId : undefined}
        data-testid={props.testId}
        onChange={(event) => props.onChange(event.target.value)}
        onBlur={props.onBlur}
      />
      {message ? (
        <div id={messageId} className={props.error ? 'field-error' : 'field-hint'} data-testid={props.error ? `${props.testId}-error` : `${props.testId}-hint`}>
          {message}
        </div>
      ) : null}
    </div>
  );
}
