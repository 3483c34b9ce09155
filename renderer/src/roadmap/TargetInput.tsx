import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KpiProgress } from '../../../shared/api/roadmap';
import { kpiFromInput, kpiInputText } from './roadmapFormat';

interface TargetInputProps {
  kpi: KpiProgress;
  year: number;
  target: number | null;
  /** Saves a changed target (null clears it); resolves false when the backend refused it. */
  onSave(value: number | null): Promise<boolean>;
  testId: string;
}

/** One target in the grid, typed like a spreadsheet cell: saved on Enter or on leaving the cell, Esc undoes the typing. */
export function TargetInput({ kpi, year, target, onSave, testId }: TargetInputProps) {
  const { t } = useTranslation();
  const saved = kpiInputText(kpi, target);
  const [text, setText] = useState(saved);
  const [isInvalid, setIsInvalid] = useState(false);
  useEffect(() => setText(saved), [saved]);

  async function commit() {
    if (text.trim() === saved) return setText(saved);
    const value = kpiFromInput(kpi, text);
    if (value !== null && Number.isNaN(value)) return setIsInvalid(true);
    setIsInvalid(false);
    if (!(await onSave(value))) setText(saved);
  }

  return (
    <input
      type="text"
      inputMode="decimal"
      className={`target-input${isInvalid ? ' is-invalid' : ''}`}
      value={text}
      aria-label={t('roadmap.grid.targetLabel', { kpi: kpi.label, year })}
      aria-invalid={isInvalid || undefined}
      title={isInvalid ? t('roadmap.grid.notANumber') : undefined}
      data-testid={testId}
      onChange={(event) => setText(event.target.value)}
      onBlur={() => void commit()}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
        if (event.key === 'Escape') {
          setIsInvalid(false);
          setText(saved);
        }
      }}
    />
  );
}
