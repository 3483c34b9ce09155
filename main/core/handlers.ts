import type { HandlerTable } from './handler-types';
import { bulkHandlers } from './handlers/bulk';
import { calendarHandlers } from './handlers/calendar';
import { dashboardHandlers } from './handlers/dashboard';
import { exportsHandlers } from './handlers/exports';
import { jobsHandlers } from './handlers/jobs';
import { papersHandlers } from './handlers/papers';
import { planningHandlers } from './handlers/planning';
import { productionHandlers } from './handlers/production';
import { productionReportHandlers } from './handlers/production-reports';
import { purchasingHandlers } from './handlers/purchasing';
import { registryHandlers } from './handlers/registry';
import { registryReportHandlers } from './handlers/registry-reports';
import { roadmapHandlers } from './handlers/roadmap';
import { shipmentsHandlers } from './handlers/shipments';
import { supplyHandlers } from './handlers/supply';
import { unitCardHandlers } from './handlers/unit-card';

/** The one handler table: IPC, HTTP and the CLI all run these after validating the argument. */
export const handlers = { ...registryHandlers, ...supplyHandlers, ...planningHandlers, ...calendarHandlers, ...productionHandlers, ...purchasingHandlers, ...exportsHandlers, ...shipmentsHandlers, ...papersHandlers, ...dashboardHandlers, ...roadmapHandlers, ...registryReportHandlers, ...productionReportHandlers, ...jobsHandlers, ...bulkHandlers, ...unitCardHandlers } satisfies HandlerTable;

export type { HandlerTable };
