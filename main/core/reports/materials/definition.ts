import type { MaterialsReport } from '../../../../shared/api/report-materials';
import { formatMoney } from '../../../../shared/money';
import type { ReportDefinition } from '../definition';
import { materialsReport } from './figures';
import { materialsWorkbook } from './workbook';

/** Laporan Bahan Baku: stock, use and receipts per material, open purchase orders, the last plan's suggestions. */
export const materialsDefinition: ReportDefinition<MaterialsReport> = {
  name: 'materials',
  compute: materialsReport,
  headline(ctx, report) {
    const { totals, plan } = report;
    const json = {
      materials: report.materials.length, stock_value_idr: report.hasStock ? totals.stockValueIdr : null, consumed_value_idr: totals.consumedValueIdr,
      purchased_value_idr: totals.receivedValueIdr, open_po_value_idr: totals.openValueIdr,
      suggestions: plan ? plan.lines.length : null, late_suggestions: plan ? plan.lines.filter((line) => line.late).length : null, below_reorder: report.belowReorder,
    };
    const text = `${report.asOf}: ${report.materials.length} · ${formatMoney(totals.stockValueIdr, 'IDR', ctx.locale)} · ${report.belowReorder}`;
    return { json, text };
  },
  workbook: materialsWorkbook,
};
