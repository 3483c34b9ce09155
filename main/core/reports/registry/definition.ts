import type { RegistryReport } from '../../../../shared/api/registry-reports';
import type { ReportDefinition } from '../definition';
import { registryReport } from './report';
import { registryWorkbook } from './workbook';

/** Anggota dan Unit Usaha: the members and units as they stood at the period's end. */
export const registryDefinition: ReportDefinition<RegistryReport> = {
  name: 'registry',
  compute: registryReport,
  headline(_ctx, report) {
    const s = report.summary;
    const json = { as_of: report.asOf, members: s.members, active_members: s.activeMembers, units: s.units, active_units: s.activeUnits, workers: s.workers, monthly_capacity: s.monthlyCapacity };
    return { json, text: `${report.asOf}: ${s.members} / ${s.activeMembers} · ${s.units} / ${s.activeUnits} · ${s.workers} · ${s.monthlyCapacity}` };
  },
  workbook: registryWorkbook,
};
