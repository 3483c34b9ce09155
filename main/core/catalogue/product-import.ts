import { OUTER_MATERIALS, productInput, type ProductValues } from '../../../shared/domain/catalogue';
import { CURRENCIES, fromMinor } from '../../../shared/money';
import type { Checked } from '../../../shared/normalize';
import { UOMS } from '../../../shared/units';
import type { CallContext } from '../platform/app';
import { listProducts, type StoredProduct } from './catalogue-queries';
import { listCategories } from '../platform/db/centre';
import { categoryMatcher } from './categories';
import { writeProduct } from './products';
import { asText, type RawCell } from '../platform/import/cells';
import { ROW_NUMBER, type ColumnSpec } from '../platform/import/headers';
import { defineKind, eachRowAlone } from '../platform/import/kind';
import { skusInUse } from '../platform/import/lookups';
import { fromWords, numberCell, readCurrency, readHsCode, readUom, required, withLabels } from '../platform/import/readers';
import type { Reader } from '../platform/import/rows';
import { OUTER_MATERIAL_WORDS } from '../platform/import/words';
import { amountToMinor, column, CURRENCY_HEADER_WORDS, moneyColumn, requiredLabels, SKU_WORDS, storedDuplicates, UOM_HEADER_WORDS } from '../platform/import/columns';

const c = (key: string, field: string, synonyms: string[], isRequired = false) => column('products', key, field, synonyms, isRequired);

export const PRODUCT_COLUMNS: ColumnSpec[] = [
  ROW_NUMBER,
  c('sku', 'sku', [...SKU_WORDS, 'kode'], true),
  c('name', 'name', ['nama', 'namaproduk', 'namabarang', 'produk', 'deskripsi', 'description', 'productname', 'itemname', 'uraian'], true),
  c('category', 'category', ['kategori', 'kategoriproduk', 'jenisproduk', 'jenis', 'category', 'komoditas'], true),
  c('hs_code', 'hsCode', ['kodehs', 'hs', 'hscode', 'nohs', 'postarif', 'btki', 'kodebtki', 'kodehs*', 'hscode*', 'postarif*'], true),
  c('outer_material', 'outerMaterial', ['bahanluar', 'bahanutama', 'bahan', 'material', 'outermaterial', 'outer']),
  c('uom', 'uom', UOM_HEADER_WORDS),
  c('labour_minutes', 'labourMinutes', ['waktukerja', 'menitkerja', 'menit', 'waktuproduksi', 'labourminutes', 'laborminutes', 'labour', 'labor', 'waktukerja*', 'menit*', 'labour*', 'labor*'], true),
  c('carton_qty', 'cartonQty', ['isikarton', 'isiperkarton', 'isidus', 'qtykarton', 'pcskarton', 'pcsperkarton', 'cartonqty', 'qtypercarton', 'pcspercarton', 'isikarton*'], true),
  c('carton_length_cm', 'cartonLengthCm', ['panjangkarton', 'panjang', 'length', 'panjangkarton*', 'cartonlength*']),
  c('carton_width_cm', 'cartonWidthCm', ['lebarkarton', 'lebar', 'width', 'lebarkarton*', 'cartonwidth*']),
  c('carton_height_cm', 'cartonHeightCm', ['tinggikarton', 'tinggi', 'height', 'tinggikarton*', 'cartonheight*']),
  c('carton_gross_kg', 'cartonGrossKg', ['beratkotor', 'beratkarton', 'bruto', 'gw', 'grossweight', 'beratkotor*', 'cartongross*', 'grossweight*']),
  c('price', 'price', ['harga', 'hargajual', 'hargasatuan', 'price', 'unitprice', 'harga*', 'price*'], true),
  c('currency', 'currency', CURRENCY_HEADER_WORDS, true),
  // Last, so that a workbook written before it still reads column for column; blank: from the labour minutes.
  c('piece_rate', 'pieceRate', ['ongkosjahit', 'ongkos', 'ongkoskerja', 'ongkospcs', 'ongkosperpcs', 'upah', 'upahjahit', 'upahborongan', 'upahperpcs', 'tarifborongan', 'piecerate', 'ongkosjahit*', 'upah*', 'piecerate*']),
  // Issue 12, after piece_rate for the same reason. "Bahan" alone stays outer_material's word (older files).
  c('name_en', 'nameEn', ['namainggris', 'namabahasainggris', 'namaekspor', 'deskripsiekspor', 'deskripsiinggris', 'englishname', 'englishdescription', 'descriptionen', 'nameen', 'namaen', 'namainggris*', 'englishname*']),
  c('composition', 'composition', ['komposisi', 'komposisibahan', 'bahankomposisi', 'bahanproduk', 'composition', 'materialcomposition', 'komposisi*', 'composition*']),
];

const OUTER_WORDS = withLabels(OUTER_MATERIAL_WORDS, OUTER_MATERIALS, (code) => `imports.words.outerMaterial.${code}`);

/** A category by code or name in either language; the known names are listed when it is not one. */
function categoryReader(ctx: CallContext): Reader {
  const categories = listCategories(ctx.app.db);
  const match = categoryMatcher(categories);
  const known = categories.map((category) => category.nameId).join(', ');
  return (cell: RawCell): Checked<unknown> => {
    const text = asText(cell);
    if (!text.ok || text.value === null) return text.ok ? { ok: false, key: 'invalid.required' } : text;
    const found = match(text.value);
    return found ? { ok: true, value: found.code } : { ok: false, key: 'invalid.category', params: { value: text.value, known } };
  };
}

function categoryNames(ctx: CallContext): (code: string) => string {
  const names = new Map(listCategories(ctx.app.db).map((category) => [category.code, ctx.locale === 'en' ? category.nameEn : category.nameId]));
  return (code) => names.get(code) ?? code;
}

/** The catalogue: one SKU per row, the price in the sheet's major units. */
export const productKind = defineKind<ProductValues, ProductValues, StoredProduct>({
  kind: 'products',
  specs: PRODUCT_COLUMNS,
  fileWord: 'produk',
  rules: (ctx) => {
    const nameOf = categoryNames(ctx);
    return {
      specs: PRODUCT_COLUMNS,
      identityKeys: ['sku'],
      readers: {
        sku: asText,
        name: asText,
        category: categoryReader(ctx),
        hs_code: required(readHsCode),
        outer_material: fromWords(OUTER_WORDS, null),
        uom: readUom,
        labour_minutes: numberCell('required'),
        carton_qty: numberCell('required'),
        carton_length_cm: numberCell('none'),
        carton_width_cm: numberCell('none'),
        carton_height_cm: numberCell('none'),
        carton_gross_kg: numberCell('none'),
        price: numberCell('required'),
        currency: readCurrency,
        piece_rate: numberCell('none'),
        name_en: asText,
        composition: asText,
      },
      // Rupiah have no minor unit: a rate typed with sen is rounded like a rupiah price.
      prepare: (input) => ({ ...input, price: amountToMinor(input.price, input.currency), pieceRate: amountToMinor(input.pieceRate, 'IDR') }),
      schema: productInput,
      display: (p) => ({
        sku: p.sku, name: p.name, category: nameOf(p.category), hs_code: p.hsCode, outer_material: p.outerMaterial, uom: p.uom,
        labour_minutes: p.labourMinutes, carton_qty: p.cartonQty, carton_length_cm: p.cartonLengthCm, carton_width_cm: p.cartonWidthCm,
        carton_height_cm: p.cartonHeightCm, carton_gross_kg: p.cartonGrossKg, price: fromMinor(p.price, p.currency), currency: p.currency,
        piece_rate: p.pieceRate, name_en: p.nameEn, composition: p.composition,
      }),
    };
  },
  assemble: eachRowAlone,
  stored: (ctx, rows) => storedDuplicates(ctx.t, rows, 'sku', skusInUse(ctx.app.db)),
  write: (ctx, values) => void writeProduct(ctx, values),
  update: { current: (ctx) => listProducts(ctx.app.db), write: (ctx, values) => void writeProduct(ctx, values) },
  exporter: {
    rows: (ctx) => listProducts(ctx.app.db),
    frozenColumns: 3,
    columns: (ctx) => {
      const { t } = ctx;
      const h = (key: string) => t(`imports.columns.products.${key}`);
      const nameOf = categoryNames(ctx);
      return [
        { key: 'row_number', header: t('imports.rowNumber'), width: 6, kind: 'index', value: (_p, i) => i + 1 },
        { key: 'sku', header: h('sku'), width: 14, kind: 'text', value: (p) => p.sku },
        { key: 'name', header: h('name'), width: 30, kind: 'text', value: (p) => p.name, total: 'count' },
        { key: 'category', header: h('category'), width: 14, kind: 'text', value: (p) => nameOf(p.category) },
        { key: 'hs_code', header: h('hs_code'), width: 12, kind: 'text', value: (p) => p.hsCode },
        {
          key: 'outer_material', header: h('outer_material'), width: 12, kind: 'text',
          value: (p) => (p.outerMaterial ? t(`imports.words.outerMaterial.${p.outerMaterial}`) : null),
          choices: OUTER_MATERIALS.map((code) => t(`imports.words.outerMaterial.${code}`)),
        },
        { key: 'uom', header: h('uom'), width: 8, kind: 'text', value: (p) => p.uom, choices: [...UOMS] },
        { key: 'labour_minutes', header: h('labour_minutes'), width: 12, kind: 'number', value: (p) => p.labourMinutes },
        { key: 'carton_qty', header: h('carton_qty'), width: 10, kind: 'number', value: (p) => p.cartonQty },
        { key: 'carton_length_cm', header: h('carton_length_cm'), width: 10, kind: 'decimal', value: (p) => p.cartonLengthCm },
        { key: 'carton_width_cm', header: h('carton_width_cm'), width: 10, kind: 'decimal', value: (p) => p.cartonWidthCm },
        { key: 'carton_height_cm', header: h('carton_height_cm'), width: 10, kind: 'decimal', value: (p) => p.cartonHeightCm },
        { key: 'carton_gross_kg', header: h('carton_gross_kg'), width: 11, kind: 'decimal', value: (p) => p.cartonGrossKg },
        moneyColumn<StoredProduct>(h('price'), 'price', 13, (p) => ({ minor: p.price, currency: p.currency })),
        { key: 'currency', header: h('currency'), width: 8, kind: 'text', value: (p) => p.currency, choices: [...CURRENCIES] },
        { key: 'piece_rate', header: h('piece_rate'), width: 14, kind: 'number', value: (p) => p.pieceRate },
        { key: 'name_en', header: h('name_en'), width: 36, kind: 'text', value: (p) => p.nameEn },
        { key: 'composition', header: h('composition'), width: 40, kind: 'text', value: (p) => p.composition },
      ];
    },
    instruction: (ctx, row) => ctx.t('imports.instruction.products', {
      row,
      required: requiredLabels(ctx.t, PRODUCT_COLUMNS),
      categories: listCategories(ctx.app.db).map((category) => (ctx.locale === 'en' ? category.nameEn : category.nameId)).join(', '),
    }),
  },
});
