import type { GovernmentReport, GovernmentUnit } from '../../../../shared/api/registry-reports';
import type { CallContext } from '../../platform/app';
import type { SheetColumn } from '../../platform/workbook/style';
import { unitColumns } from '../registry/sheets';

/**
 * The per-unit sheet of the government profile: the e-Smart IKM fields the app keeps for each
 * business unit (the registry report's unit columns), then its production, capacity use and
 * material use in the period, and the fields its record lacks. A blank production cell means no
 * delivery in the period; a blank capacity, no production data in the period at all.
 */

const REGISTRY_KEYS = ['row_number', 'unit_code', 'name', 'owner_name', 'nib', 'kbli', 'address', 'village', 'categories', 'workers', 'monthly_capacity'];

export const PERCENT = '0.00%';

export function governmentUnitColumns(ctx: CallContext, report: GovernmentReport): SheetColumn<GovernmentUnit>[] {
  const g = (key: string, params?: Record<string, unknown>) => ctx.t(`reportGovernment.column.${key}`, params);
  const registry = unitColumns(ctx, [...REGISTRY_KEYS, 'quality_grade', 'state']);
  const byKey = new Map(registry.map((column) => [column.key, column]));
  // The registry's unit columns read the unit inside each line.
  const ofUnit = (keys: string[]): SheetColumn<GovernmentUnit>[] => keys.flatMap((key) => {
    const column = byKey.get(key);
    if (!column) return [];
    const { key: columnKey, header, width, kind, total } = column;
    return [{ key: columnKey, header, width, kind, total, value: (line: GovernmentUnit, index: number) => column.value(line.unit, index) }];
  });
  const fromUnit = ofUnit(REGISTRY_KEYS);
  const tail = ofUnit(['quality_grade', 'state']);
  const installed = (line: GovernmentUnit) => line.capacity ?? 0;
  const fields = (line: GovernmentUnit) => (line.missingFields.length === 0 ? null : line.missingFields.map((field) => ctx.t(`reportGovernment.field.${field}`)).join(', '));
  return [
    ...fromUnit,
    // The capacity offered in the months with production data (reports/figures): the calendar's weeks, not a formula of the row.
    { key: 'installed', header: g('installed', { months: report.figures.monthsWithData.length }), width: 14, kind: 'number', total: 'sum', value: (line) => line.capacity },
    { key: 'produced', header: g('produced'), width: 13, kind: 'number', total: 'sum', value: (line) => line.producedQty },
    { key: 'accepted', header: g('accepted'), width: 13, kind: 'number', total: 'sum', value: (line) => line.acceptedQty },
    {
      key: 'utilisation', header: g('utilisation'), width: 11, kind: 'decimal', numFmt: () => PERCENT,
      value: (line) => (line.producedQty === null || installed(line) === 0 ? null : line.producedQty / installed(line)),
      formula: (cellOf) => `IF(${cellOf('installed')}=0,"",${cellOf('produced')}/${cellOf('installed')})`,
    },
    { key: 'production_value', header: g('productionValue'), width: 17, kind: 'number', total: 'sum', value: (line) => line.productionValueIdr },
    { key: 'material_value', header: g('materialValue'), width: 17, kind: 'number', total: 'sum', value: (line) => line.materialValueIdr },
    ...tail,
    { key: 'missing_fields', header: g('missingFields'), width: 30, kind: 'text', value: fields },
  ];
}
