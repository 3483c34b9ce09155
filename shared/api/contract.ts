import type { z } from 'zod';
import { bulkInputs, type BulkOutputs } from './bulk';
import { calendarInputs, type CalendarOutputs } from './calendar';
import { dashboardInputs, type DashboardOutputs } from './dashboard';
import { exportsInputs, type ExportsOutputs } from './exports';
import { filesInputs, type FilesOutputs } from './files';
import { jobsInputs, type JobsOutputs } from './jobs';
import { papersInputs, type PapersOutputs } from './papers';
import { planInputs, type PlanningOutputs } from './planning';
import { productionInputs, type ProductionOutputs } from './production';
import { purchasingInputs, type PurchasingOutputs } from './purchasing';
import { registryInputs, type RegistryOutputs } from './registry';
import { registryReportInputs, type RegistryReportOutputs } from './registry-reports';
import { productionReportInputs, type ProductionReportOutputs } from './report-production';
import { roadmapInputs, type RoadmapOutputs } from './roadmap';
import { shipmentsInputs, type ShipmentsOutputs } from './shipments';
import { supplyInputs, type SupplyOutputs } from './supply';
import { systemInputs, type SystemOutputs } from './system';
import { unitCardInputs, type UnitCardOutputs } from './unit-card';

/**
 * The one contract of the application: every call's name, the zod schema of its single argument
 * and the type of its result. IPC, HTTP and the CLI all dispatch through it.
 */
export const callInputs = { ...registryInputs, ...filesInputs, ...systemInputs, ...supplyInputs, ...planInputs, ...calendarInputs, ...productionInputs, ...purchasingInputs, ...exportsInputs, ...shipmentsInputs, ...papersInputs, ...dashboardInputs, ...roadmapInputs, ...registryReportInputs, ...productionReportInputs, ...jobsInputs, ...bulkInputs, ...unitCardInputs };

export type CallName = keyof typeof callInputs;
export type CallOutputs = RegistryOutputs & FilesOutputs & SystemOutputs & SupplyOutputs & PlanningOutputs & CalendarOutputs & ProductionOutputs & PurchasingOutputs & ExportsOutputs & ShipmentsOutputs & PapersOutputs & DashboardOutputs & RoadmapOutputs & RegistryReportOutputs & ProductionReportOutputs & JobsOutputs & BulkOutputs & UnitCardOutputs;
/** What a caller passes (before defaults and normalisation). */
export type CallInput<K extends CallName> = z.input<(typeof callInputs)[K]>;
/** What a service receives (validated and normalised). */
export type CallArgs<K extends CallName> = z.output<(typeof callInputs)[K]>;
export type CallOutput<K extends CallName> = CallOutputs[K];

export function isCallName(name: string): name is CallName {
  return Object.prototype.hasOwnProperty.call(callInputs, name);
}

// Every call has a result type and every result type a call.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const contractIsComplete: Same<CallName, keyof CallOutputs> = true;
