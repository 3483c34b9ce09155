import type { HandlerTable } from './handler-types';
import { planningHandlers } from './handlers/planning';
import { productionHandlers } from './handlers/production';
import { registryHandlers } from './handlers/registry';
import { supplyHandlers } from './handlers/supply';

/** The one handler table: IPC, HTTP and the CLI all run these after validating the argument. */
export const handlers = { ...registryHandlers, ...supplyHandlers, ...planningHandlers, ...productionHandlers } satisfies HandlerTable;

export type { HandlerTable };
