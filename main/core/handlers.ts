import type { HandlerTable } from './platform/handler-types';
import { bulkHandlers } from './bulk/handlers';
import { calendarHandlers } from './planning/calendar-handlers';
import { dashboardHandlers } from './dashboard/handlers';
import { exportsHandlers } from './shipments/export-history-handlers';
import { jobsHandlers } from './reports/job-handlers';
import { papersHandlers } from './shipments/papers/handlers';
import { planningHandlers } from './planning/handlers';
import { productionHandlers } from './production/handlers';
import { productionReportHandlers } from './reports/production-handlers';
import { purchasingHandlers } from './purchasing/handlers';
import { registryHandlers } from './registry/handlers';
import { registryReportHandlers } from './reports/registry-handlers';
import { roadmapHandlers } from './roadmap/handlers';
import { shipmentsHandlers } from './shipments/handlers';
import { supplyHandlers } from './orders/supply-handlers';
import { unitCardHandlers } from './production/unit-card-handlers';

/** The one handler table: IPC, HTTP and the CLI all run these after validating the argument. */
export const handlers = { ...registryHandlers, ...supplyHandlers, ...planningHandlers, ...calendarHandlers, ...productionHandlers, ...purchasingHandlers, ...exportsHandlers, ...shipmentsHandlers, ...papersHandlers, ...dashboardHandlers, ...roadmapHandlers, ...registryReportHandlers, ...productionReportHandlers, ...jobsHandlers, ...bulkHandlers, ...unitCardHandlers } satisfies HandlerTable;

export type { HandlerTable };
