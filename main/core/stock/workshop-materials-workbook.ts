import { formatDateId } from '../../../shared/dates';
import type { WorkshopMaterialAccount } from '../../../shared/api/production';
import type { CallContext } from '../platform/app';
import { findUnitByCode } from '../registry/unit-queries';
import { workshopMaterials } from './workshop-materials';
import type { SheetColumn } from '../platform/workbook/style';
import { column, newWorkbook, tableSheet, word, workbookFile } from '../platform/workbook/workshop-sheet';
import type { MadeFile } from '../../../shared/api/files';

/** Overuse (a negative balance) in red, the way the screen warns of it. */
const BALANCE_FORMAT = '#,##0.00;[Red]-#,##0.00';

/**
 * Quantities in each material's own unit, so the totals row counts lines instead of adding
 * leather to thread; filter one material and Excel's own status bar sums it.
 */
function accountColumns(ctx: CallContext): SheetColumn<WorkshopMaterialAccount>[] {
  const qty = (key: 'issued' | 'returned' | 'used' | 'wasteAllowance', width: number) =>
    column<WorkshopMaterialAccount>(ctx, key, width, 'decimal', (r) => r[key]);
  return [
    column(ctx, 'index', 6, 'index', (_r, i) => i + 1),
    column(ctx, 'unitCode', 12, 'text', (r) => r.unitCode),
    column(ctx, 'unitName', 24, 'text', (r) => r.unitName),
    column(ctx, 'materialCode', 14, 'text', (r) => r.materialCode, { total: 'count' }),
    column(ctx, 'materialName', 26, 'text', (r) => r.materialName),
    column(ctx, 'uom', 8, 'text', (r) => r.uom),
    qty('issued', 13),
    qty('returned', 13),
    qty('used', 13),
    qty('wasteAllowance', 13),
    column(ctx, 'balance', 13, 'decimal', (r) => r.balance, {
      numFmt: () => BALANCE_FORMAT,
      formula: (cellOf) => `ROUND(${cellOf('issued')}-${cellOf('returned')}-${cellOf('used')}-${cellOf('wasteAllowance')},4)`,
    }),
  ];
}

/** What each workshop holds of the cooperative's material on a day, with the overuse in red. */
export async function workshopMaterialsWorkbook(ctx: CallContext, unitCode: string | null, asOf: string): Promise<MadeFile> {
  const rows = workshopMaterials(ctx, unitCode, asOf);
  const workbook = newWorkbook(ctx);
  const unitName = unitCode ? (findUnitByCode(ctx.app.db, unitCode)?.name ?? '') : '';
  const subtitle = [word(ctx, 'asOf', { date: formatDateId(asOf) }), unitCode ? word(ctx, 'unit', { unit: `${unitCode} ${unitName}`.trim() }) : null].filter(Boolean).join(' · ');
  tableSheet(ctx, workbook, { name: word(ctx, 'materials.sheet'), title: word(ctx, 'materials.title'), subtitle, columns: accountColumns(ctx), rows, frozenColumns: 4 });
  return workbookFile(workbook, word(ctx, 'materials.fileName', { date: asOf }));
}
