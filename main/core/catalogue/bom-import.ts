import { bomLineInput, type BomLineValues } from '../../../shared/domain/catalogue';
import type { Translate } from '../../../shared/i18n';
import { bomExportRows, type BomExportRow } from '../platform/workbook/export-rows';
import { writeBomLine } from './bom';
import { asText } from '../platform/import/cells';
import { ROW_NUMBER, type ColumnSpec } from '../platform/import/headers';
import { defineKind, eachRowAlone, type StoredProblem } from '../platform/import/kind';
import { bomPairsInUse, materialCodesInUse, skusInUse } from '../platform/import/lookups';
import { numberCell, readPercent } from '../platform/import/readers';
import type { ParsedRow } from '../platform/import/rows';
import { column, MATERIAL_CODE_WORDS, requiredLabels, SKU_WORDS, unknownCodes, UOM_HEADER_WORDS } from '../platform/import/columns';

const c = (key: string, field: string | null, synonyms: string[], isRequired = false) => column('bom', key, field, synonyms, isRequired);

// Names and the unit are written for the reader beside the codes, and left alone on the way back.
export const BOM_COLUMNS: ColumnSpec[] = [
  ROW_NUMBER,
  c('sku', 'sku', SKU_WORDS, true),
  c('product_name', null, ['namaproduk', 'produk', 'productname', 'namabarang']),
  c('material_code', 'materialCode', [...MATERIAL_CODE_WORDS, 'kode'], true),
  c('material_name', null, ['namabahan', 'bahan', 'material', 'materialname', 'namamaterial']),
  c('qty_per_unit', 'qtyPerUnit', [
    'kebutuhan', 'kebutuhanperpcs', 'kebutuhanbahan', 'pemakaian', 'pemakaianperpcs', 'takaran', 'qty', 'qtyperunit', 'qtyperpcs', 'qtyperpiece',
    'kebutuhan*', 'pemakaian*', 'qtyper*',
  ], true),
  c('uom', null, UOM_HEADER_WORDS),
  c('waste_pct', 'wastePct', ['susut', 'waste', 'wastepct', 'sisapotong', 'limbah', 'persensusut', 'susut*', 'waste*']),
];

function pairKey(sku: string, materialCode: string): string {
  return `${sku}\t${materialCode}`.toUpperCase();
}

/** A line for a product and material the database already has: re-importing a BOM does not overwrite it. */
function storedLines(t: Translate, rows: ParsedRow<BomLineValues>[], pairs: Set<string>): StoredProblem[] {
  return rows.flatMap((row) => {
    const { sku, material_code: code } = row.text;
    return sku && code && pairs.has(pairKey(sku, code))
      ? [{ row: row.row, key: 'material_code', message: t('imports.invalid.bomLineStored', { value: code }) }]
      : [];
  });
}

/**
 * Bills of materials, one line a row and several rows a product. Lines may name products and
 * materials already in the database; a pair the database already has is refused, not overwritten.
 */
export const bomKind = defineKind<BomLineValues, BomLineValues, BomExportRow>({
  kind: 'bom',
  specs: BOM_COLUMNS,
  fileWord: 'bom',
  rules: () => ({
    specs: BOM_COLUMNS,
    identityKeys: ['sku', 'material_code'],
    readers: { sku: asText, material_code: asText, qty_per_unit: numberCell('required'), waste_pct: readPercent },
    schema: bomLineInput,
    display: (line) => ({ sku: line.sku, material_code: line.materialCode, qty_per_unit: line.qtyPerUnit, waste_pct: line.wastePct }),
    duplicateMessage: (identity, firstRow, t) => t('imports.invalid.duplicateLine', { value: identity, row: firstRow }),
  }),
  assemble: eachRowAlone,
  stored: (ctx, rows) => [
    ...unknownCodes(ctx.t, rows, 'sku', skusInUse(ctx.app.db), 'invalid.unknownProduct'),
    ...unknownCodes(ctx.t, rows, 'material_code', materialCodesInUse(ctx.app.db), 'invalid.unknownMaterial'),
    ...storedLines(ctx.t, rows, bomPairsInUse(ctx.app.db)),
  ],
  write: (ctx, values) => writeBomLine(ctx, values),
  update: { current: (ctx) => bomExportRows(ctx.app.db), write: (ctx, values) => writeBomLine(ctx, values) },
  exporter: {
    rows: (ctx) => bomExportRows(ctx.app.db),
    frozenColumns: 4,
    columns: ({ t }) => {
      const h = (key: string) => t(`imports.columns.bom.${key}`);
      return [
        { key: 'row_number', header: t('imports.rowNumber'), width: 6, kind: 'index', value: (_l, i) => i + 1 },
        { key: 'sku', header: h('sku'), width: 14, kind: 'text', value: (l) => l.sku },
        { key: 'product_name', header: h('product_name'), width: 28, kind: 'text', value: (l) => l.productName },
        { key: 'material_code', header: h('material_code'), width: 14, kind: 'text', value: (l) => l.materialCode },
        { key: 'material_name', header: h('material_name'), width: 28, kind: 'text', value: (l) => l.materialName },
        { key: 'qty_per_unit', header: h('qty_per_unit'), width: 12, kind: 'decimal', value: (l) => l.qtyPerUnit },
        { key: 'uom', header: h('uom'), width: 8, kind: 'text', value: (l) => l.uom },
        { key: 'waste_pct', header: h('waste_pct'), width: 9, kind: 'decimal', value: (l) => l.wastePct },
      ];
    },
    instruction: ({ t }, row) => t('imports.instruction.bom', { row, required: requiredLabels(t, BOM_COLUMNS) }),
  },
});
