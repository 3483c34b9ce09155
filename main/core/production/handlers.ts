import type { productionInputs } from '../../../shared/api/production';
import type { AreaHandlers } from '../platform/handler-types';
import { deliveriesWorkbook } from './deliveries-workbook';
import { payWorkbook } from './pay-workbook';
import { planWorkbook } from '../planning/plan-workbook';
import { planPurchasesSheet } from '../purchasing/plan-purchases-sheet';
import { workshopMaterialsWorkbook } from '../stock/workshop-materials-workbook';
import { deliveryList, recordDelivery, setWorkStatus } from './deliveries';
import { pieceRateStatements, recordAdvance } from './piece-rates';
import { issueSpks, spkList } from './spk';
import { issueSlips, recordCorrection, slipById } from './pay-slips';
import { workshopMaterials } from '../stock/workshop-materials';
import { outbox } from '../platform/files/outbox';

/** The production calls: SPKs, deliveries against them, piece-rate statements and pay, workshops' material. */
export const productionHandlers = {
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
    const { fileName, data } = await planWorkbook(ctx, [planPurchasesSheet]);
    return outbox().put(fileName, data);
  },
  'files:deliveries': (args, ctx) => deliveriesWorkbook(ctx, args.from, args.to, args.unitCode?.trim() || null),
  'files:pieceRates': (args, ctx) => payWorkbook(ctx, args.from, args.to),
  'files:workshopMaterials': (args, ctx) => workshopMaterialsWorkbook(ctx, args.unitCode?.trim() || null, args.asOf ?? ctx.app.today()),
} satisfies AreaHandlers<Exclude<keyof typeof productionInputs, `purchases:${string}` | 'files:purchases'>>;
