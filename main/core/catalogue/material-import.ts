import { MATERIAL_CATEGORIES, materialInput, type MaterialValues } from '../../../shared/domain/materials';
import { CURRENCIES, fromMinor } from '../../../shared/money';
import { UOMS } from '../../../shared/units';
import { listMaterials, type StoredMaterial } from './material-queries';
import { writeMaterial } from './materials';
import { asText } from '../platform/import/cells';
import { ROW_NUMBER, type ColumnSpec } from '../platform/import/headers';
import { defineKind, eachRowAlone } from '../platform/import/kind';
import { materialCodesInUse } from '../platform/import/lookups';
import { fromWords, numberCell, readCurrency, readOptionalUom, readUom, required, withLabels } from '../platform/import/readers';
import { MATERIAL_CATEGORY_WORDS } from '../platform/import/words';
import {
  amountToMinor, column, CURRENCY_HEADER_WORDS, MATERIAL_CODE_WORDS, moneyColumn, requiredLabels, storedDuplicates, UOM_HEADER_WORDS,
} from '../platform/import/columns';

const c = (key: string, field: string, synonyms: string[], isRequired = false) => column('materials', key, field, synonyms, isRequired);

export const MATERIAL_COLUMNS: ColumnSpec[] = [
  ROW_NUMBER,
  c('material_code', 'materialCode', [...MATERIAL_CODE_WORDS, 'kode', 'kodebarang'], true),
  c('name', 'name', ['nama', 'namabahan', 'namamaterial', 'namabarang', 'bahan', 'material', 'uraian', 'materialname'], true),
  c('category', 'category', ['kategori', 'jenis', 'jenisbahan', 'kategoribahan', 'kelompok', 'category'], true),
  c('uom', 'uom', [...UOM_HEADER_WORDS, 'satuanpakai', 'unit'], true),
  c('purchase_uom', 'purchaseUom', ['satuanbeli', 'satuanpembelian', 'purchaseuom', 'purchaseunit', 'satuanbeli*']),
  c('purchase_factor', 'purchaseFactor', ['isisatuanbeli', 'isipersatuanbeli', 'faktor', 'konversi', 'faktorkonversi', 'purchasefactor', 'isi', 'isipersatuanbeli*', 'unitsperpurchase*']),
  c('unit_cost', 'unitCost', ['harga', 'hargasatuan', 'hargabeli', 'biaya', 'unitcost', 'cost', 'harga*', 'unitcost*'], true),
  c('currency', 'currency', CURRENCY_HEADER_WORDS),
  c('supplier', 'supplier', ['pemasok', 'supplier', 'vendor', 'toko', 'penjual', 'pemasok*']),
  c('lead_time_days', 'leadTimeDays', ['waktutunggu', 'leadtime', 'leadtimedays', 'lamakirim', 'waktukirim', 'waktutunggu*', 'leadtime*', 'lamakirim*'], true),
  c('min_order_qty', 'minOrderQty', ['minimalpesan', 'minimumorder', 'moq', 'minorder', 'minorderqty', 'minimalpembelian', 'minimalpesan*', 'minimumorder*']),
  c('reorder_point', 'reorderPoint', ['titikpesanulang', 'rop', 'reorderpoint', 'batasbeli', 'titikpesan*', 'reorder*']),
  c('safety_stock', 'safetyStock', ['stokpengaman', 'safetystock', 'stokminimum', 'stokaman', 'bufferstock', 'stokpenyangga', 'stokpengaman*']),
];

const CATEGORY_WORDS = withLabels(MATERIAL_CATEGORY_WORDS, MATERIAL_CATEGORIES, (code) => `imports.words.materialCategory.${code}`);

/** Raw materials: cost per unit of use in the sheet's major units; supplier by name. */
export const materialKind = defineKind<MaterialValues, MaterialValues, StoredMaterial>({
  kind: 'materials',
  specs: MATERIAL_COLUMNS,
  fileWord: 'bahan',
  rules: (ctx) => ({
    specs: MATERIAL_COLUMNS,
    identityKeys: ['material_code'],
    readers: {
      material_code: asText,
      name: asText,
      category: required(fromWords(CATEGORY_WORDS, null)),
      uom: required(readUom),
      purchase_uom: readOptionalUom,
      purchase_factor: numberCell('default'),
      unit_cost: numberCell('required'),
      currency: readCurrency,
      supplier: asText,
      lead_time_days: numberCell('required'),
      min_order_qty: numberCell('default'),
      reorder_point: numberCell('default'),
      safety_stock: numberCell('default'),
    },
    // A blank currency is rupiah (the schema's default), so the cost converts as rupiah too.
    prepare: (input) => ({ ...input, unitCost: amountToMinor(input.unitCost, input.currency ?? 'IDR') }),
    schema: materialInput,
    display: (m) => ({
      material_code: m.materialCode, name: m.name, category: ctx.t(`imports.words.materialCategory.${m.category}`), uom: m.uom,
      purchase_uom: m.purchaseUom, purchase_factor: m.purchaseFactor, unit_cost: fromMinor(m.unitCost, m.currency), currency: m.currency,
      supplier: m.supplier, lead_time_days: m.leadTimeDays, min_order_qty: m.minOrderQty, reorder_point: m.reorderPoint,
      safety_stock: m.safetyStock,
    }),
  }),
  assemble: eachRowAlone,
  stored: (ctx, rows) => storedDuplicates(ctx.t, rows, 'material_code', materialCodesInUse(ctx.app.db)),
  write: (ctx, values) => void writeMaterial(ctx, values),
  update: { current: (ctx) => listMaterials(ctx.app.db, ctx.app.today()), write: (ctx, values) => void writeMaterial(ctx, values) },
  exporter: {
    rows: (ctx) => listMaterials(ctx.app.db, ctx.app.today()),
    frozenColumns: 3,
    columns: ({ t }) => {
      const h = (key: string) => t(`imports.columns.materials.${key}`);
      return [
        { key: 'row_number', header: t('imports.rowNumber'), width: 6, kind: 'index', value: (_m, i) => i + 1 },
        { key: 'material_code', header: h('material_code'), width: 14, kind: 'text', value: (m) => m.materialCode },
        { key: 'name', header: h('name'), width: 30, kind: 'text', value: (m) => m.name, total: 'count' },
        {
          key: 'category', header: h('category'), width: 15, kind: 'text', value: (m) => t(`imports.words.materialCategory.${m.category}`),
          choices: MATERIAL_CATEGORIES.map((code) => t(`imports.words.materialCategory.${code}`)),
        },
        { key: 'uom', header: h('uom'), width: 8, kind: 'text', value: (m) => m.uom, choices: [...UOMS] },
        { key: 'purchase_uom', header: h('purchase_uom'), width: 9, kind: 'text', value: (m) => m.purchaseUom, choices: [...UOMS] },
        { key: 'purchase_factor', header: h('purchase_factor'), width: 10, kind: 'decimal', value: (m) => m.purchaseFactor },
        moneyColumn<StoredMaterial>(h('unit_cost'), 'unit_cost', 13, (m) => ({ minor: m.unitCost, currency: m.currency })),
        { key: 'currency', header: h('currency'), width: 8, kind: 'text', value: (m) => m.currency, choices: [...CURRENCIES] },
        { key: 'supplier', header: h('supplier'), width: 22, kind: 'text', value: (m) => m.supplier },
        { key: 'lead_time_days', header: h('lead_time_days'), width: 10, kind: 'number', value: (m) => m.leadTimeDays },
        { key: 'min_order_qty', header: h('min_order_qty'), width: 10, kind: 'decimal', value: (m) => m.minOrderQty },
        { key: 'reorder_point', header: h('reorder_point'), width: 10, kind: 'decimal', value: (m) => m.reorderPoint },
        { key: 'safety_stock', header: h('safety_stock'), width: 10, kind: 'decimal', value: (m) => m.safetyStock },
      ];
    },
    instruction: ({ t }, row) => t('imports.instruction.materials', {
      row,
      required: requiredLabels(t, MATERIAL_COLUMNS),
      categories: MATERIAL_CATEGORIES.map((code) => t(`imports.words.materialCategory.${code}`)).join(', '),
    }),
  },
});
