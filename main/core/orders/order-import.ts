import { formatDateId } from '../../../shared/dates';
import { ORDER_STATUSES, type OrderValues } from '../../../shared/domain/orders';
import { CURRENCIES } from '../../../shared/money';
import { orderLineExportRows, type OrderLineExportRow } from '../platform/workbook/export-rows';
import { excelDate } from '../platform/workbook/style';
import { writeOrder } from './orders';
import { asDate, asText } from '../platform/import/cells';
import { ROW_NUMBER, type ColumnSpec } from '../platform/import/headers';
import { defineKind } from '../platform/import/kind';
import { fromWords, numberCell, readCurrency, withLabels } from '../platform/import/readers';
import { ORDER_STATUS_WORDS } from '../platform/import/words';
import { column, CURRENCY_HEADER_WORDS, moneyColumn, requiredLabels, SKU_WORDS } from '../platform/import/columns';
import { writeOrderTotals } from './order-import-totals';
import { assembleOrders, orderRowInput, type OrderRow } from './order-import-rows';
import { planOrderUpdate } from './order-import-update';
import { statusWord, storedOrderProblems } from './order-import-stored';

const c = (key: string, field: string | null, synonyms: string[], isRequired = false) => column('orders', key, field, synonyms, isRequired);

export const ORDER_COLUMNS: ColumnSpec[] = [
  ROW_NUMBER,
  c('order_no', 'orderNo', ['nopesanan', 'nomorpesanan', 'kodepesanan', 'nopo', 'nomorpo', 'po', 'ponumber', 'orderno', 'ordernumber', 'nopo*'], true),
  c('buyer_code', 'buyerCode', ['kodepembeli', 'kodebuyer', 'kodepelanggan', 'buyercode', 'buyer', 'pembeli', 'customer'], true),
  c('buyer_name', null, ['namapembeli', 'namabuyer', 'namapelanggan', 'buyername', 'customername']),
  c('order_date', 'orderDate', ['tanggalpesanan', 'tglpesanan', 'tanggalpo', 'tglpo', 'tanggalorder', 'tanggal', 'tgl', 'orderdate', 'podate', 'date'], true),
  c('ship_by', 'shipBy', ['tanggalkirim', 'tglkirim', 'batastanggalkirim', 'bataskirim', 'kirim', 'shipby', 'shipdate', 'deadline', 'tenggat', 'etd', 'tanggalkirim*'], true),
  c('currency', 'currency', CURRENCY_HEADER_WORDS, true),
  c('idr_rate', 'idrRate', ['kurs', 'kursrp', 'kursrupiah', 'nilaitukar', 'idrrate', 'rate', 'exchangerate', 'kurs*']),
  c('status', 'status', ['status', 'statuspesanan', 'orderstatus']),
  c('note', 'note', ['catatan', 'keterangan', 'ket', 'note', 'notes', 'remarks']),
  c('sku', 'sku', SKU_WORDS, true),
  c('product_name', null, ['namaproduk', 'produk', 'namabarang', 'productname', 'description', 'deskripsi']),
  c('qty', 'qty', ['qty', 'jumlah', 'jumlahpesan', 'kuantitas', 'banyaknya', 'quantity', 'pcs', 'jumlahpcs', 'qty*', 'jumlahpesan*']),
  c('unit_price', 'unitPrice', ['hargasatuan', 'harga', 'hargaperpcs', 'unitprice', 'price', 'harga*', 'unitprice*'], true),
  c('line_value', null, ['nilai', 'jumlahharga', 'totalharga', 'subtotal', 'amount', 'value', 'nilai*']),
  // What export papers print (issue 12). "No. PO" and "Tgl PO" stay the order's own number and date,
  // as the centre's order books have them; the buyer's own PO is "No. PO Pembeli".
  c('buyer_po', 'buyerPo', ['nopopembeli', 'nomorpopembeli', 'popembeli', 'buyerpo', 'buyerponumber', 'buyerpono', 'customerpo', 'customerponumber']),
  c('buyer_po_date', 'buyerPoDate', ['tanggalpopembeli', 'tglpopembeli', 'buyerpodate', 'customerpodate']),
  c('payment_terms', 'paymentTerms', ['syaratpembayaran', 'carapembayaran', 'termpembayaran', 'paymentterms', 'paymentterm', 'termsofpayment']),
];

const STATUS_WORDS = withLabels(ORDER_STATUS_WORDS, ORDER_STATUSES, (code) => `imports.words.orderStatus.${code}`);

/** Orders, one line a row: rows with the same order number make one order, written whole or not at all. */
export const orderKind = defineKind<OrderRow, OrderValues, OrderLineExportRow>({
  kind: 'orders',
  specs: ORDER_COLUMNS,
  fileWord: 'pesanan',
  rules: ({ t }) => ({
    specs: ORDER_COLUMNS,
    identityKeys: [],
    readers: {
      order_no: asText, buyer_code: asText, order_date: asDate, ship_by: asDate, currency: readCurrency, idr_rate: numberCell('none'),
      status: fromWords(STATUS_WORDS, null), note: asText, buyer_po: asText, buyer_po_date: asDate, payment_terms: asText, sku: asText, qty: numberCell('required'), unit_price: numberCell('required'),
    },
    schema: orderRowInput,
    display: (o) => ({
      order_no: o.orderNo, buyer_code: o.buyerCode, order_date: o.orderDate ? formatDateId(o.orderDate) : null,
      ship_by: o.shipBy ? formatDateId(o.shipBy) : null, currency: o.currency ?? null, idr_rate: o.idrRate ?? null,
      status: o.status ? statusWord(t, o.status) : null, note: o.note, buyer_po: o.buyerPo,
      buyer_po_date: o.buyerPoDate ? formatDateId(o.buyerPoDate) : null, payment_terms: o.paymentTerms, sku: o.sku, qty: o.qty, unit_price: o.unitPrice,
    }),
  }),
  assemble: assembleOrders,
  stored: (ctx, rows, records) => storedOrderProblems(ctx, rows, records),
  write: (ctx, values) => void writeOrder(ctx, values),
  // writeOrder names a line's product as `lines` with the line number; the row follows from it.
  fieldKeys: { lines: 'sku' },
  // A file's rows of a stored order are the whole order, as the form saves it (kinds/order-update.ts).
  updateRecords: { plan: planOrderUpdate, write: (ctx, values) => void writeOrder(ctx, values) },
  exporter: {
    rows: (ctx) => orderLineExportRows(ctx.app.db),
    frozenColumns: 2,
    columns: ({ t }) => {
      const h = (key: string) => t(`imports.columns.orders.${key}`);
      const price = (l: OrderLineExportRow) => ({ minor: l.unitPrice, currency: l.currency });
      const value = moneyColumn<OrderLineExportRow>(h('line_value'), 'line_value', 14, (l) => ({ minor: l.qty * l.unitPrice, currency: l.currency }));
      return [
        { key: 'row_number', header: t('imports.rowNumber'), width: 6, kind: 'index', value: (_l, i) => i + 1 },
        { key: 'order_no', header: h('order_no'), width: 14, kind: 'text', value: (l) => l.orderNo },
        { key: 'buyer_code', header: h('buyer_code'), width: 12, kind: 'text', value: (l) => l.buyerCode },
        { key: 'buyer_name', header: h('buyer_name'), width: 24, kind: 'text', value: (l) => l.buyerName },
        { key: 'order_date', header: h('order_date'), width: 12, kind: 'date', value: (l) => excelDate(l.orderDate) },
        { key: 'ship_by', header: h('ship_by'), width: 12, kind: 'date', value: (l) => excelDate(l.shipBy) },
        { key: 'currency', header: h('currency'), width: 8, kind: 'text', value: (l) => l.currency, choices: [...CURRENCIES] },
        // Rupiah orders need no rate; a foreign one keeps the rate it was priced at.
        { key: 'idr_rate', header: h('idr_rate'), width: 11, kind: 'decimal', value: (l) => (l.currency === 'IDR' ? null : l.idrRate) },
        {
          key: 'status', header: h('status'), width: 13, kind: 'text', value: (l) => statusWord(t, l.status),
          choices: ORDER_STATUSES.map((s) => statusWord(t, s)),
        },
        { key: 'note', header: h('note'), width: 22, kind: 'text', value: (l) => l.note },
        { key: 'sku', header: h('sku'), width: 14, kind: 'text', value: (l) => l.sku },
        { key: 'product_name', header: h('product_name'), width: 26, kind: 'text', value: (l) => l.productName },
        { key: 'qty', header: h('qty'), width: 10, kind: 'number', value: (l) => l.qty },
        moneyColumn<OrderLineExportRow>(h('unit_price'), 'unit_price', 13, price),
        { ...value, formula: (cellOf) => `${cellOf('qty')}*${cellOf('unit_price')}` },
        { key: 'buyer_po', header: h('buyer_po'), width: 16, kind: 'text', value: (l) => l.buyerPo },
        { key: 'buyer_po_date', header: h('buyer_po_date'), width: 12, kind: 'date', value: (l) => (l.buyerPoDate ? excelDate(l.buyerPoDate) : null) },
        { key: 'payment_terms', header: h('payment_terms'), width: 32, kind: 'text', value: (l) => l.paymentTerms },
      ];
    },
    totals: writeOrderTotals,
    instruction: ({ t }, row) => t('imports.instruction.orders', {
      row,
      required: requiredLabels(t, ORDER_COLUMNS),
      statuses: ORDER_STATUSES.map((s) => statusWord(t, s)).join(', '),
    }),
  },
});
