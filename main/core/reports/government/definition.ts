import type { GovernmentReport } from '../../../../shared/api/registry-reports';
import { formatMoney, usdFromCents } from '../../../../shared/money';
import type { ReportDefinition } from '../definition';
import { governmentReport } from './report';
import { governmentWorkbook } from './workbook';

/** Profil Sentra untuk Pemerintah: the centre's profile in the ministry's fields. */
export const governmentDefinition: ReportDefinition<GovernmentReport> = {
  name: 'government',
  compute: governmentReport,
  headline(ctx, report) {
    // Figures the data does not reach are null, not zero.
    const json = {
      units: report.figures.registry.units, active_units: report.figures.registry.activeUnits, workers: report.figures.registry.workers, monthly_capacity: report.figures.registry.registeredMonthlyCapacity,
      production_qty: report.producedQty, production_value_idr: report.productionValueIdr, utilisation_pct: report.utilisationPct,
      raw_material_value_idr: report.materialValueIdr, export_value_usd: usdFromCents(report.exportUsdCents),
    };
    const idr = (value: number | null) => (value === null ? '—' : formatMoney(value, 'IDR', ctx.locale));
    const text = `${report.period.from}…${report.period.to}: ${report.summary.units} · ${idr(report.productionValueIdr)} · ${idr(report.materialValueIdr)}`;
    return { json, text };
  },
  workbook: governmentWorkbook,
};
