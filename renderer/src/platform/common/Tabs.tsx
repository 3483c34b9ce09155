interface TabsProps<V extends string> {
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange(value: V): void;
  testId: string;
}

/** Views of one subject side by side (the materials, their stock on a date, what workshops hold). */
export function Tabs<V extends string>({ label, value, options, onChange, testId }: TabsProps<V>) {
  return (
    <div className="tabs" role="tablist" aria-label={label} data-testid={testId}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          role="tab"
          aria-selected={option.value === value}
          className={option.value === value ? 'tab active' : 'tab'}
          data-testid={`${testId}-${option.value}`}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
