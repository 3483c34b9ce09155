import { useState, type ReactNode } from 'react';
import type { ReportName } from '../../../shared/api/exports';
import type { MonthPeriod } from './PeriodBar';
import { ReportShell } from './ReportShell';

interface RegistryReportShellProps {
  name: Extract<ReportName, 'registry' | 'government'>;
  today: string;
  /** The report's own view of the chosen period. */
  children(period: MonthPeriod): ReactNode;
}

/** The registry reports' frame: the months (year to date at first) kept here, the rest as every report has it. */
export function RegistryReportShell({ name, today, children }: RegistryReportShellProps) {
  const [period, setPeriod] = useState<MonthPeriod>({ from: `${today.slice(0, 4)}-01`, to: today.slice(0, 7) });
  return (
    <ReportShell name={name} printList={name} today={today} period={period} onPeriod={setPeriod}>
      {children(period)}
    </ReportShell>
  );
}
