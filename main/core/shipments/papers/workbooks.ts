import ExcelJS from 'exceljs';
import type { PaperGap, ShipmentPaperKind } from '../../../../shared/api/papers';
import { gapsText } from '../../../../shared/domain/paper-gaps';
import { translator } from '../../../../shared/i18n';
import { AppError } from '../../../../shared/result';
import type { CallContext } from '../../platform/app';
import { writeInvoiceSheet } from './invoice-sheet';
import { writePackingSheet } from './packing-sheet';
import { writeLabelsSheet } from './labels-sheet';
import { writeMarksSheet } from './marks-sheet';
import { shipmentPapers } from './shipment-papers';

/**
 * A paper goes to the buyer, its bank and customs only whole: with a detail missing (an English
 * description, the buyer's PO, the SWIFT code) it is refused, naming every missing detail.
 */
export function refuseIncomplete(ctx: CallContext, gaps: readonly PaperGap[], paper: string): void {
  if (gaps.length === 0) return;
  throw new AppError('INVALID_INPUT', ctx.t('papers.errors.gaps', { paper: ctx.t(`papers.paper.${paper}`), list: gapsText(ctx.t, gaps) }), { field: 'papers', gaps: [...gaps] });
}

/** An empty workbook for papers: recomputed by Excel on opening; cached results serve readers that do not. */
export function paperWorkbook(ctx: CallContext): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sentra Planner';
  workbook.created = new Date(ctx.app.now());
  workbook.calcProperties = { fullCalcOnLoad: true };
  return workbook;
}

export function safeFileNo(no: string): string {
  return no.replace(/[^\w.-]+/g, '-');
}

/**
 * One shipment's papers as a workbook in English like the printed ones (they go to the buyer,
 * its bank and customs abroad): the commercial invoice and the packing list, or one of them; or
 * the shipping marks and the carton labels laid out for A4 label sheets.
 */
export async function shipmentPaperWorkbook(ctx: CallContext, ref: { id?: number; no?: string }, paper: ShipmentPaperKind | 'both'): Promise<{ fileName: string; data: Buffer }> {
  const papers = shipmentPapers(ctx, ref);
  refuseIncomplete(ctx, papers.gaps, paper === 'both' ? 'invoice' : paper);
  const doc = translator('en');
  const workbook = paperWorkbook(ctx);
  if (paper === 'labels') {
    writeMarksSheet(workbook, papers, doc, ctx.app.today());
    writeLabelsSheet(workbook, papers, doc);
  } else {
    if (paper !== 'packing-list') writeInvoiceSheet(workbook, papers, doc, ctx.app.today());
    if (paper !== 'invoice') writePackingSheet(workbook, papers, doc, ctx.app.today());
  }
  const word = paper === 'both' ? ctx.t('shipments.workbook.fileWord') : paper;
  return { fileName: `${word}-${safeFileNo(papers.shipment.shipmentNo)}.xlsx`, data: Buffer.from(await workbook.xlsx.writeBuffer()) };
}
