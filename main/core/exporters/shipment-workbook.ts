import ExcelJS from 'exceljs';
import { translator } from '../../../shared/i18n';
import type { CallContext } from '../app';
import { getCentre } from '../db/centre';
import { shipmentDetail } from '../services/shipment-detail';
import { writeInvoiceSheet } from './shipment-invoice-sheet';
import { writePackingSheet } from './shipment-packing-sheet';

/**
 * One shipment's papers as a workbook: the commercial invoice and the packing list, in English
 * like the printed ones (they go to the buyer, its bank and customs abroad).
 */
export async function shipmentWorkbook(ctx: CallContext, id: number): Promise<{ fileName: string; data: Buffer }> {
  const shipment = shipmentDetail(ctx, id);
  const centre = getCentre(ctx.app.db);
  const doc = translator('en');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sentra Planner';
  workbook.created = new Date(ctx.app.now());
  // Excel recomputes the sums on opening; the cached results serve readers that do not.
  workbook.calcProperties = { fullCalcOnLoad: true };
  writeInvoiceSheet(workbook, shipment, centre, doc, ctx.app.today());
  writePackingSheet(workbook, shipment, centre, doc, ctx.app.today());
  const safeNo = shipment.shipmentNo.replace(/[^\w.-]+/g, '-');
  return { fileName: `${ctx.t('shipments.workbook.fileWord')}-${safeNo}.xlsx`, data: Buffer.from(await workbook.xlsx.writeBuffer()) };
}
