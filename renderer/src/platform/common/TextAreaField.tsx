import { useId } from 'react';

interface TextAreaFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  hint?: string;
  rows?: number;
  testId: string;
}

/** A labelled multi-line input (an address, a notify party), its message underneath as TextField's. */
export function TextAreaField(props: TextAreaFieldProps) {
  const id = useId();
  const messageId = `${id}-message`;
  const message = props.error ?? props.hint;
  return (
    <div className={`field field-wide${props.error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <textarea
        id={id}
        rows={props.rows ?? 3}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={message ? messageId : undefined}
        data-testid={props.testId}
        onChange={(event) => props.onChange(event.target.value)}
      />
      {message ? (
        <div id={messageId} className={props.error ? 'field-error' : 'field-hint'} data-testid={props.error ? `${props.testId}-error` : `${props.testId}-hint`}>
          {message}
        </div>
      ) : null}
    </div>
  );
}
