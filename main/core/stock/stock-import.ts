import { formatDateId } from '../../../shared/dates';
import { MOVEMENT_KINDS, stockMovementInput, type MovementKind, type StockMovementValues } from '../../../shared/domain/materials';
import { formatQuantity, roundQty } from '../../../shared/units';
import type { CallContext } from '../platform/app';
import { movementExportRows, type MovementExportRow } from '../platform/workbook/export-rows';
import { excelDate } from '../platform/workbook/style';
import { recordMovement } from './stock';
import { asDate, asText } from '../platform/import/cells';
import { ROW_NUMBER, type ColumnSpec } from '../platform/import/headers';
import { defineKind, eachRowAlone, type StoredProblem } from '../platform/import/kind';
import { dailyHeldChanges, dailyStockChanges, materialsByCode } from '../platform/import/lookups';
import { unitCodesInUse } from '../registry/unit-queries';
import { fromWords, numberCell, required, withLabels } from '../platform/import/readers';
import type { ParsedRow } from '../platform/import/rows';
import { MOVEMENT_KIND_WORDS } from '../platform/import/words';
import { column, MATERIAL_CODE_WORDS, requiredLabels, UOM_HEADER_WORDS } from '../platform/import/columns';
import { DailyLedger } from './stock-ledger-import';

const c = (key: string, field: string | null, synonyms: string[], isRequired = false) => column('stock', key, field, synonyms, isRequired);

export const STOCK_COLUMNS: ColumnSpec[] = [
  ROW_NUMBER,
  c('material_code', 'materialCode', [...MATERIAL_CODE_WORDS, 'kode'], true),
  c('material_name', null, ['namabahan', 'bahan', 'nama', 'material', 'materialname', 'uraian']),
  c('kind', 'kind', ['jenismutasi', 'jenis', 'mutasi', 'jenistransaksi', 'transaksi', 'kind', 'movement', 'type']),
  c('date', 'date', ['tanggal', 'tgl', 'tanggalmutasi', 'per', 'pertanggal', 'date', 'tanggal*'], true),
  c('qty', 'qty', ['qty', 'jumlah', 'kuantitas', 'banyaknya', 'saldo', 'saldoawal', 'stok', 'stokawal', 'jumlahstok', 'quantity', 'onhand', 'qty*', 'jumlah*', 'saldo*', 'stok*']),
  c('uom', null, UOM_HEADER_WORDS),
  c('unit_code', 'unitCode', ['kodeunit', 'kodeunitusaha', 'unitusaha', 'workshop', 'bengkel', 'unitcode']),
  c('note', 'note', ['catatan', 'keterangan', 'ket', 'alasan', 'note', 'notes', 'remarks']),
];

const KIND_WORDS = withLabels(MOVEMENT_KIND_WORDS, MOVEMENT_KINDS, (code) => `imports.words.movement.${code}`);
const SIGN: Record<MovementKind, 1 | -1 | 0> = { opening: 1, receipt: 1, return: 1, issue: -1, adjustment: 0 };

function signedDelta(kind: MovementKind, qty: number): number {
  return SIGN[kind] === 0 ? qty : SIGN[kind] * Math.abs(qty);
}


/**
 * Codes the database does not know, then the balances: each movement in sheet order against the
 * ledger and the rows before it, as recordMovement will check it, with the same message.
 */
function storedStockProblems(ctx: CallContext, rows: ParsedRow<StockMovementValues>[]): StoredProblem[] {
  const { db } = ctx.app;
  const { t } = ctx;
  const materials = materialsByCode(db);
  const units = unitCodesInUse(db);
  const stock = new DailyLedger();
  for (const day of dailyStockChanges(db)) stock.add(String(day.materialId), day.date, day.delta);
  const held = new DailyLedger();
  for (const day of dailyHeldChanges(db)) held.add(`${day.unitId}:${day.materialId}`, day.date, day.delta);
  const problems: StoredProblem[] = [];
  for (const row of rows) {
    const code = row.text.material_code;
    const unitCode = row.text.unit_code;
    const material = code ? materials.get(code.toUpperCase()) : undefined;
    const unitId = unitCode ? units.get(unitCode.toUpperCase()) : undefined;
    if (code && !material) problems.push({ row: row.row, key: 'material_code', message: t('invalid.unknownMaterial', { value: code }) });
    if (unitCode && unitId === undefined) problems.push({ row: row.row, key: 'unit_code', message: t('invalid.unknownUnit', { value: unitCode }) });
    const values = row.values;
    if (!values || !material || (unitCode && unitId === undefined)) continue;
    const delta = signedDelta(values.kind, values.qty);
    const broken = delta < 0 ? stock.firstNegative(String(material.id), values.date, delta) : undefined;
    if (broken) {
      const params = { material: material.name, balance: formatQuantity(ctx.locale, broken.balance), uom: material.uom, date: formatDateId(broken.date) };
      problems.push({ row: row.row, key: 'qty', message: t('invalid.stockNegative', params) });
      continue;
    }
    const heldKey = `${unitId}:${material.id}`;
    const heldBroken = values.kind === 'return' && unitId !== undefined ? held.firstNegative(heldKey, values.date, -delta) : undefined;
    if (heldBroken) {
      const params = {
        unit: unitCode, held: formatQuantity(ctx.locale, roundQty(heldBroken.balance + delta)), uom: material.uom, material: material.name,
        date: formatDateId(heldBroken.date),
      };
      problems.push({ row: row.row, key: 'qty', message: t('errors.returnExceedsHeld', params) });
      continue;
    }
    stock.add(String(material.id), values.date, delta);
    if (unitId !== undefined && (values.kind === 'issue' || values.kind === 'return')) held.add(heldKey, values.date, -delta);
  }
  return problems;
}

/** Stock movements; without a kind column the sheet is an opening balance. */
export const stockKind = defineKind<StockMovementValues, StockMovementValues, MovementExportRow>({
  kind: 'stock',
  specs: STOCK_COLUMNS,
  fileWord: 'stok',
  rules: ({ t }) => ({
    specs: STOCK_COLUMNS,
    identityKeys: [],
    readers: {
      material_code: asText, kind: fromWords(KIND_WORDS, 'opening'), date: required(asDate), qty: numberCell('required'),
      unit_code: asText, note: asText,
    },
    schema: stockMovementInput,
    display: (m) => ({
      material_code: m.materialCode, kind: t(`imports.words.movement.${m.kind}`), date: formatDateId(m.date), qty: m.qty,
      unit_code: m.unitCode, note: m.note,
    }),
  }),
  assemble: eachRowAlone,
  stored: (ctx, rows) => storedStockProblems(ctx, rows),
  write: (ctx, values) => void recordMovement(ctx, values),
  exporter: {
    rows: (ctx) => movementExportRows(ctx.app.db),
    frozenColumns: 3,
    columns: ({ t }) => {
      const h = (key: string) => t(`imports.columns.stock.${key}`);
      const word = (kind: string) => t(`imports.words.movement.${kind}`);
      return [
        { key: 'row_number', header: t('imports.rowNumber'), width: 6, kind: 'index', value: (_m, i) => i + 1 },
        { key: 'material_code', header: h('material_code'), width: 14, kind: 'text', value: (m) => m.materialCode },
        { key: 'material_name', header: h('material_name'), width: 28, kind: 'text', value: (m) => m.materialName },
        { key: 'kind', header: h('kind'), width: 14, kind: 'text', value: (m) => word(m.kind), choices: MOVEMENT_KINDS.map(word) },
        { key: 'date', header: h('date'), width: 12, kind: 'date', value: (m) => excelDate(m.date) },
        { key: 'qty', header: h('qty'), width: 12, kind: 'decimal', value: (m) => m.qty },
        { key: 'uom', header: h('uom'), width: 8, kind: 'text', value: (m) => m.uom },
        { key: 'unit_code', header: h('unit_code'), width: 11, kind: 'text', value: (m) => m.unitCode },
        { key: 'note', header: h('note'), width: 30, kind: 'text', value: (m) => m.note },
      ];
    },
    instruction: ({ t }, row) => t('imports.instruction.stock', {
      row,
      required: requiredLabels(t, STOCK_COLUMNS),
      kinds: MOVEMENT_KINDS.map((kind) => t(`imports.words.movement.${kind}`)).join(', '),
    }),
  },
});
