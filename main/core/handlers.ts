import { bulkHandlers } from './bulk/handlers';
import { catalogueHandlers } from './catalogue/handlers';
import { dashboardHandlers } from './dashboard/handlers';
import { demoHandlers } from './demo/handlers';
import { listsHandlers } from './lists/handlers';
import { ordersHandlers } from './orders/handlers';
import { calendarHandlers } from './planning/calendar-handlers';
import { planningHandlers } from './planning/handlers';
import type { HandlerTable } from './platform/handler-types';
import { productionHandlers } from './production/handlers';
import { unitCardHandlers } from './production/unit-card-handlers';
import { purchasingHandlers } from './purchasing/handlers';
import { registryHandlers } from './registry/handlers';
import { jobsHandlers } from './reports/job-handlers';
import { reportHandlers } from './reports/handlers';
import { roadmapHandlers } from './roadmap/handlers';
import { exportsHandlers } from './shipments/export-history-handlers';
import { shipmentsHandlers } from './shipments/handlers';
import { papersHandlers } from './shipments/papers/handlers';
import { ratesHandlers } from './shipments/rate-handlers';
import { stockHandlers } from './stock/handlers';
import { systemHandlers } from './system-handlers';

/** The one handler table: IPC, HTTP and the CLI all run these after validating the argument. Each area keeps its own. */
export const handlers = {
  ...systemHandlers, ...registryHandlers, ...catalogueHandlers, ...stockHandlers, ...ordersHandlers, ...planningHandlers, ...calendarHandlers,
  ...productionHandlers, ...purchasingHandlers, ...exportsHandlers, ...shipmentsHandlers, ...ratesHandlers, ...papersHandlers, ...dashboardHandlers,
  ...roadmapHandlers, ...reportHandlers, ...jobsHandlers, ...bulkHandlers, ...unitCardHandlers,
  ...listsHandlers, ...demoHandlers,
} satisfies HandlerTable;

export type { HandlerTable };
