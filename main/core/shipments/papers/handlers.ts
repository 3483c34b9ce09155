import type { papersInputs } from '../../../../shared/api/papers';
import type { AreaHandlers } from '../../platform/handler-types';
import { proformaPaper } from './proforma';
import { proformaWorkbook } from './proforma-sheet';
import { shipmentPapers } from './shipment-papers';
import { shipmentPaperWorkbook } from './workbooks';
import { outbox } from '../../platform/files/outbox';

/** Export papers in English: what each prints (with the details still missing), and each as a workbook. */
export const papersHandlers = {
  'papers:shipment': (args, ctx) => shipmentPapers(ctx, args),
  'papers:proforma': (args, ctx) => proformaPaper(ctx, args),
  'files:shipmentPaper': async (args, ctx) => {
    const { fileName, data } = await shipmentPaperWorkbook(ctx, args, args.paper);
    return outbox().put(fileName, data);
  },
  'files:proforma': async (args, ctx) => {
    const { fileName, data } = await proformaWorkbook(ctx, args);
    return outbox().put(fileName, data);
  },
} satisfies AreaHandlers<keyof typeof papersInputs>;
