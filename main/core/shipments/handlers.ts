import type { shipmentsInputs } from '../../../shared/api/shipments';
import type { AreaHandlers } from '../platform/handler-types';
import { listShipments } from './shipment-list-queries';
import { shipmentPaperWorkbook } from './papers/workbooks';
import { shipmentDetail } from './shipment-detail';
import { moveShipment, openLinesFor, saveShipment, setShipmentCosts } from './shipments';
import { outbox } from '../platform/files/outbox';

/** Export shipments: the list, one shipment, the lines a buyer has ready, save, status steps, the papers as a workbook. */
export const shipmentsHandlers = {
  'shipments:list': (args, ctx) => listShipments(ctx.app.db, args),
  'shipments:get': (args, ctx) => shipmentDetail(ctx, args.id),
  'shipments:openLines': (args, ctx) => openLinesFor(ctx, args.buyerCode, args.shipmentId ?? null),
  'shipments:save': (args, ctx) => saveShipment(ctx, args),
  'shipments:setStatus': (args, ctx) => moveShipment(ctx, args),
  'shipments:setCosts': (args, ctx) => setShipmentCosts(ctx, args),
  'files:shipment': async (args, ctx) => {
    const { fileName, data } = await shipmentPaperWorkbook(ctx, { id: args.id }, 'both');
    return outbox().put(fileName, data);
  },
} satisfies AreaHandlers<Exclude<keyof typeof shipmentsInputs, 'reports:shipments'>>; // the report's call: reports/handlers.ts
