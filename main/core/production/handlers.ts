import type { productionInputs } from '../../../shared/api/production';
import type { AreaHandlers } from '../platform/handler-types';
import { deliveriesWorkbook } from './deliveries-workbook';
import { payWorkbook } from './pay-workbook';
import { planWorkbook } from '../planning/plan-workbook';
import { purchasesWorkbook } from '../purchasing/purchases-workbook';
import { workshopMaterialsWorkbook } from '../stock/workshop-materials-workbook';
import { deliveryList, recordDelivery, setWorkStatus } from './deliveries';
import { pieceRateStatements, recordAdvance } from './piece-rates';
import { issueSpks, spkList } from './spk';
import { issueSlips, recordCorrection, slipById } from './pay-slips';
import { purchaseDetail, purchaseList, purchasesFromPlan, receivePurchase, savePurchase, setPurchaseOrderStatus } from '../purchasing/purchases';
import { workshopMaterials } from '../stock/workshop-materials';

/** The production calls: purchase orders, deliveries against SPKs, piece-rate statements, workshops' material. */
export const productionHandlers = {
  'purchases:list': (args, ctx) => purchaseList(ctx, args.status ?? null),
  'purchases:get': (args, ctx) => purchaseDetail(ctx, args.id),
  'purchases:save': (args, ctx) => savePurchase(ctx, args),
  'purchases:fromPlan': (args, ctx) => purchasesFromPlan(ctx, args.orderDate ?? ctx.app.today(), args.supplier?.trim() || null),
  'purchases:setStatus': (args, ctx) => setPurchaseOrderStatus(ctx, args.id, args.status),
  'purchases:receive': (args, ctx) => receivePurchase(ctx, args.id, args.receivedOn, args.lines),
  'deliveries:record': (args, ctx) => recordDelivery(ctx, args),
  'deliveries:list': (args, ctx) =>
    deliveryList(ctx, { assignmentId: args.assignmentId ?? null, unitCode: args.unitCode?.trim() || null, from: args.from ?? null, to: args.to ?? null }),
  'assignments:setStatus': (args, ctx) => setWorkStatus(ctx, args.id, args.status),
  'spk:issue': (args, ctx) => issueSpks(ctx, args),
  'spk:list': (args, ctx) => spkList(ctx, args),
  'advances:record': (args, ctx) => recordAdvance(ctx, args),
  'pieceRates:statement': (args, ctx) => pieceRateStatements(ctx, args.from, args.to, args.unitCode?.trim() || null),
  'pay:issueSlips': (args, ctx) => issueSlips(ctx, args.from, args.to, args.unitCode?.trim() || null),
  'pay:slip': (args, ctx) => slipById(ctx, args.id),
  'pay:correct': (args, ctx) => recordCorrection(ctx, args),
  'workshops:materials': (args, ctx) => workshopMaterials(ctx, args.unitCode?.trim() || null, args.asOf ?? ctx.app.today()),
  'files:plan': async (_args, ctx) => {
    const { fileName, data } = await planWorkbook(ctx);
    return { fileName, dataBase64: data.toString('base64') };
  },
  'files:purchases': async (args, ctx) => {
    const { fileName, data } = await purchasesWorkbook(ctx, args.statuses ?? []);
    return { fileName, dataBase64: data.toString('base64') };
  },
  'files:deliveries': (args, ctx) => deliveriesWorkbook(ctx, args.from, args.to, args.unitCode?.trim() || null),
  'files:pieceRates': (args, ctx) => payWorkbook(ctx, args.from, args.to),
  'files:workshopMaterials': (args, ctx) => workshopMaterialsWorkbook(ctx, args.unitCode?.trim() || null, args.asOf ?? ctx.app.today()),
} satisfies AreaHandlers<keyof typeof productionInputs>;
