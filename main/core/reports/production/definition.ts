import type { ProductionReportFull } from '../../../../shared/api/report-production';
import { formatMoney } from '../../../../shared/money';
import type { ReportDefinition } from '../definition';
import { productionReport } from './figures';
import { productionWorkbook } from './workbook';

/** Laporan Produksi: work assigned, capacity used, deliveries and rejects, by month and workshop. */
export const productionDefinition: ReportDefinition<ProductionReportFull> = {
  name: 'production',
  compute: productionReport,
  headline(ctx, report) {
    const { total, period } = report;
    // Without SPK weeks the work assigned is unknown, without deliveries what came back: null, not zeros.
    const assigned = (value: number | null) => (total.assigned > 0 ? value : null);
    const delivered = (value: number | null) => (total.delivered > 0 ? value : null);
    const json = {
      assigned_pcs: assigned(total.assigned), delivered_pcs: delivered(total.delivered), accepted_pcs: delivered(total.accepted), rejected_pcs: delivered(total.rejected),
      reject_pct: delivered(report.rejectPct), utilisation_pct: report.figures.utilisationPct, production_value_idr: report.figures.productionValueIdr,
    };
    const text = `${period.from}…${period.to}: ${total.assigned} / ${total.delivered} / ${total.rejected} · ${formatMoney(total.valueIdr, 'IDR', ctx.locale)}`;
    return { json, text };
  },
  workbook: productionWorkbook,
};
