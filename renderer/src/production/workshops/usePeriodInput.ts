import { useState } from 'react';
import { monthOf, periodText, readPeriod, type Period, type PeriodText } from './period';

const STORAGE_KEY = 'sentra.workshops.period';

function isPeriod(value: unknown): value is Period {
  return typeof value === 'object' && value !== null && 'from' in value && 'to' in value && typeof value.from === 'string' && typeof value.to === 'string';
}

/** The period chosen last in this session: "Kembali" from a printed slip finds the same month. */
function storedPeriod(): Period | null {
  const text = sessionStorage.getItem(STORAGE_KEY);
  const value: unknown = text ? JSON.parse(text) : null;
  return isPeriod(value) ? value : null;
}

export interface PeriodInput {
  text: PeriodText;
  /** The last period that read well: the figures on screen stay while a date is being retyped. */
  period: Period;
  change(text: PeriodText): void;
}

/** The settlement period the deliveries and pay tabs share: this month of the centre's calendar unless chosen. */
export function usePeriodInput(today: string): PeriodInput {
  const [period, setPeriod] = useState<Period>(() => storedPeriod() ?? monthOf(today));
  const [text, setText] = useState<PeriodText>(() => periodText(period));
  function change(next: PeriodText) {
    setText(next);
    const read = readPeriod(next).period;
    if (read) {
      setPeriod(read);
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(read));
    }
  }
  return { text, period, change };
}
