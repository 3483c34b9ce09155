import { useId } from 'react';

interface ChoiceFilterProps {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange(value: string): void;
  testId: string;
}

/** A one-click filter beside the search box (status, active): what people filter by most. */
export function ChoiceFilter({ label, value, options, onChange, testId }: ChoiceFilterProps) {
  const id = useId();
  return (
    <div className={`choice-filter${value ? ' is-set' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} data-testid={testId} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
