interface ToggleFilterProps {
  label: string;
  isOn: boolean;
  onChange(isOn: boolean): void;
  testId: string;
}

/** A one-click filter for the one question asked most of a list ("what must be reordered?"). */
export function ToggleFilter({ label, isOn, onChange, testId }: ToggleFilterProps) {
  return (
    <button type="button" className={`button toggle-filter${isOn ? ' is-on' : ''}`} aria-pressed={isOn} data-testid={testId} onClick={() => onChange(!isOn)}>
      {label}
    </button>
  );
}
