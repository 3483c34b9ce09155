import type { ReportPeriod } from '../../../../shared/api/exports';
import type { RegistryReport } from '../../../../shared/api/registry-reports';
import type { MemberStatus } from '../../../../shared/domain/member';
import type { CallContext } from '../../platform/app';
import { listMembers } from '../../registry/member-queries';
import { registrySummary } from '../../registry/registry-queries';
import { listUnits } from '../../registry/unit-queries';
import { figuresAsOf } from '../figures/period';
import { registryFigures } from '../../registry/registry-figures';

/** The day a report reads the registry at: the period's last day, but never after today (the figures' day). */
export function registryAsOf(ctx: CallContext, period: ReportPeriod): string {
  return figuresAsOf(ctx, period);
}

/**
 * The registry as it stood at the period's end: every member registered by then with the status
 * of that day, every unit with its activity, workers and capacity of that day. The totals come
 * from the same dated history as the summary screen and the roadmap (db/registry.ts).
 */
export function registryReport(ctx: CallContext, period: ReportPeriod): RegistryReport {
  const { db } = ctx.app;
  const asOf = registryAsOf(ctx, period);
  const members = listMembers(db, false, asOf);
  const units = listUnits(db, false, asOf);
  const count = (status: MemberStatus) => members.filter((m) => m.status === status).length;
  const staying = members.filter((m) => m.status !== 'keluar');
  return {
    period,
    asOf,
    summary: registrySummary(db, asOf),
    figures: registryFigures(db, asOf),
    membersByStatus: { aktif: count('aktif'), 'non-aktif': count('non-aktif'), keluar: count('keluar') },
    membersByGender: {
      L: staying.filter((m) => m.gender === 'L').length,
      P: staying.filter((m) => m.gender === 'P').length,
      unknown: staying.filter((m) => m.gender === null).length,
    },
    dormantUnits: units.filter((u) => !u.isActive).length,
    members,
    units,
  };
}
