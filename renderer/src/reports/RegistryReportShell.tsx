import { useState, type ReactNode } from 'react';
import type { ReportName } from '../../../shared/api/exports';
import type { MonthPeriod } from './PeriodBar';
import { ReportShell } from './ReportShell';
import { presetPeriods } from '../platform/common/reportFormat';

interface RegistryReportShellProps {
  name: Extract<ReportName, 'registry' | 'government'>;
  today: string;
  /** The report's own view of the chosen period. */
  children(period: MonthPeriod): ReactNode;
}

/** The registry reports' frame: the months (the reports' default period at first) kept here, the rest as every report has it. */
export function RegistryReportShell({ name, today, children }: RegistryReportShellProps) {
  // The reports' default period: January to the last complete month (in January the whole previous year).
  const [period, setPeriod] = useState<MonthPeriod>(() => presetPeriods(today).yearToDate);
  return (
    <ReportShell name={name} printList={name} today={today} period={period} onPeriod={setPeriod}>
      {children(period)}
    </ReportShell>
  );
}
