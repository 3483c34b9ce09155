import { formatDateId } from '../../../shared/dates';
import { SHIPMENT_STATUSES, type ShipmentValues } from '../../../shared/domain/shipments';
import { placeOf } from '../../../shared/errors';
import type { Translate } from '../../../shared/i18n';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../platform/app';
import { shipmentNumbersInUse } from './shipment-queries';
import { shipmentLineExportRows, type ShipmentLineExportRow } from './shipment-list-queries';
import { excelDate, type SheetColumn } from '../platform/workbook/style';
import { planShipment } from './shipment-plan';
import { writeShipment } from './shipments';
import { asDate, asText } from '../platform/import/cells';
import { ROW_NUMBER, type ColumnSpec } from '../platform/import/headers';
import { defineKind, type ImportRecord, type StoredProblem } from '../platform/import/kind';
import { fromWords, numberCell, readCountry, readCurrency, withLabels } from '../platform/import/readers';
import type { ParsedRow } from '../platform/import/rows';
import { CURRENCY_HEADER_WORDS, moneyColumn, requiredLabels, SKU_WORDS } from '../platform/import/columns';
import { containerText, SHIPMENT_STATUS_WORDS } from './shipment-import-cells';
import { assembleShipments, SHIPMENT_FIELD_KEYS, shipmentRowInput, type ShipmentRow } from './shipment-import-rows';

function c(key: string, field: string | null, synonyms: string[], isRequired = false): ColumnSpec {
  return { key, field, label: `shipments.columns.${key}`, required: isRequired, synonyms };
}

/** The contract's keys first (README), then the extras the export adds for the reader. */
export const SHIPMENT_COLUMNS: ColumnSpec[] = [
  ROW_NUMBER,
  c('shipment_no', 'shipmentNo', ['nopengapalan', 'nomorpengapalan', 'noshipment', 'shipmentno', 'noinvoice', 'invoiceno', 'nomorinvoice', 'noinv'], true),
  c('buyer_code', 'buyerCode', ['kodepembeli', 'kodebuyer', 'buyercode', 'buyer', 'pembeli', 'customer', 'consignee'], true),
  c('buyer_name', null, ['namapembeli', 'namabuyer', 'buyername']),
  c('order_no', 'orderNo', ['nopesanan', 'nomorpesanan', 'nopo', 'nomorpo', 'po', 'pono', 'orderno', 'buyerpo'], true),
  c('sku', 'sku', SKU_WORDS, true),
  c('product_name', null, ['namaproduk', 'namabarang', 'productname', 'description', 'deskripsi', 'uraianbarang']),
  c('hs_code', null, ['kodehs', 'hs', 'hscode', 'postarif', 'tarif']),
  c('qty', 'qty', ['jumlahkirim', 'jumlah', 'qty', 'quantity', 'kuantitas', 'pcs', 'qtyshipped'], true),
  c('cartons', 'cartons', ['jumlahkarton', 'karton', 'ctn', 'ctns', 'cartons', 'jmlkarton', 'koli', 'colly', 'packages']),
  c('net_kg', 'netKg', ['beratbersih', 'beratbersihkg', 'netweight', 'nettkg', 'netkg', 'nw', 'netto']),
  c('gross_kg', 'grossKg', ['beratkotor', 'beratkotorkg', 'grossweight', 'grosskg', 'gw', 'bruto']),
  c('volume_m3', null, ['volume', 'volumem3', 'm3', 'cbm', 'kubikasi']),
  c('currency', 'currency', CURRENCY_HEADER_WORDS),
  c('amount', null, ['nilai', 'amount', 'jumlahharga', 'value']),
  c('fob_usd', null, ['fobusd', 'nilaifobusd', 'fob']),
  c('etd', 'etd', ['etd', 'tanggalberangkat', 'tglberangkat', 'tanggalmuat', 'departure']),
  c('eta', 'eta', ['eta', 'tanggaltiba', 'tgltiba', 'arrival']),
  c('port_of_loading', 'portOfLoading', ['pelabuhanmuat', 'portofloading', 'pol', 'muat']),
  c('port_of_discharge', 'portOfDischarge', ['pelabuhanbongkar', 'pelabuhantujuan', 'portofdischarge', 'pod', 'destinationport']),
  c('country', 'country', ['negaratujuan', 'negara', 'country', 'destination', 'tujuan']),
  c('incoterm', 'incoterm', ['incoterm', 'incoterms', 'syaratpenyerahan', 'terms', 'termsofdelivery']),
  c('container', 'container', ['kontainer', 'container', 'petikemas', 'cont', 'jeniskontainer']),
  c('peb_no', 'pebNo', ['nopeb', 'nomorpeb', 'peb', 'pebno', 'nopendaftaranpeb', 'nomorpendaftaran']),
  c('peb_date', 'pebDate', ['tanggalpeb', 'tglpeb', 'pebdate']),
  c('bl_no', 'blNo', ['nobl', 'nomorbl', 'bl', 'blno', 'billoflading', 'nobilloflading']),
  c('status', 'status', ['status', 'statuspengapalan', 'shipmentstatus']),
  c('inland_cost', 'inlandCost', ['biayadarat', 'ongkosdarat', 'biayatrucking', 'trucking', 'inlandcost', 'inlandfreight', 'inlandhaulage', 'biayakepelabuhan']),
  c('freight', 'freight', ['ongkosangkut', 'biayaangkut', 'freight', 'ongkoskirim', 'freightcharge']),
  c('insurance', 'insurance', ['asuransi', 'insurance', 'premiasuransi']),
  c('qc_reason', 'qcReason', ['alasandiluarqc', 'alasanqc', 'alasanluarqc', 'qcreason', 'reasonbeyondqc', 'alasan', 'reason']),
];

const STATUS_WORDS = withLabels(SHIPMENT_STATUS_WORDS, SHIPMENT_STATUSES, (code) => `shipments.words.status.${code}`);

function statusWord(t: Translate, status: string): string {
  return t(`shipments.words.status.${status}`);
}

/** A service refusal about a record, put on the row and column it names. */
function problemOf(record: ImportRecord<ShipmentValues>, error: unknown, t: Translate): StoredProblem {
  const place = error instanceof AppError ? placeOf(error.toShape()) : null;
  const field = place?.field ?? '';
  const line = place?.line ?? 1;
  const message = error instanceof AppError ? error.message : t('errors.internal', { message: String(error) });
  return { row: record.rows[line - 1] ?? record.rows[0], key: SHIPMENT_FIELD_KEYS[field] ?? 'shipment_no', message };
}

/**
 * What the database must confirm: the number is new, and the shipment passes every check the
 * screen's save makes (buyer, orders and their status, open quantities, cartons, container,
 * rates). Records are checked one by one; quantities two records of one file take from the
 * same order line are checked again as they are written.
 */
function storedShipmentProblems(ctx: CallContext, _rows: ParsedRow<ShipmentRow>[], records: ImportRecord<ShipmentValues>[]): StoredProblem[] {
  const inUse = shipmentNumbersInUse(ctx.app.db);
  const problems: StoredProblem[] = [];
  for (const record of records) {
    if (!record.values) continue;
    if (inUse.has(record.values.shipmentNo.toUpperCase())) {
      problems.push({ row: record.rows[0], key: 'shipment_no', message: ctx.t('invalid.duplicateStored', { value: record.values.shipmentNo }) });
      continue;
    }
    try {
      planShipment(ctx, record.values, null);
    } catch (error) {
      problems.push(problemOf(record, error, ctx.t));
    }
  }
  return problems;
}

/** A cost of the shipment in its currency; not entered stays an empty cell (never 0). */
function costColumn(header: string, key: string, cost: (r: ShipmentLineExportRow) => number | null): SheetColumn<ShipmentLineExportRow> {
  const column = moneyColumn<ShipmentLineExportRow>(header, key, 12, (r) => ({ minor: cost(r) ?? 0, currency: r.currency }));
  return { ...column, value: (r, i) => (cost(r) === null ? null : column.value(r, i)) };
}

function exportColumns({ t }: CallContext): SheetColumn<ShipmentLineExportRow>[] {
  const h = (key: string) => t(`shipments.columns.${key}`);
  const text = (key: string, width: number, value: (r: ShipmentLineExportRow) => string | null): SheetColumn<ShipmentLineExportRow> => ({ key, header: h(key), width, kind: 'text', value });
  const measure = (key: string, width: number, value: (r: ShipmentLineExportRow) => number): SheetColumn<ShipmentLineExportRow> => ({ key, header: h(key), width, kind: 'decimal', value, total: 'sum' });
  return [
    { key: 'row_number', header: t('imports.rowNumber'), width: 6, kind: 'index', value: (_r, i) => i + 1 },
    text('shipment_no', 16, (r) => r.shipmentNo),
    text('buyer_code', 12, (r) => r.buyerCode),
    text('buyer_name', 24, (r) => r.buyerName),
    text('order_no', 15, (r) => r.orderNo),
    text('sku', 12, (r) => r.sku),
    text('product_name', 28, (r) => r.productName),
    text('hs_code', 10, (r) => r.hsCode),
    { key: 'qty', header: h('qty'), width: 10, kind: 'number', value: (r) => r.qty, total: 'sum' },
    { key: 'cartons', header: h('cartons'), width: 9, kind: 'number', value: (r) => r.cartons, total: 'sum' },
    measure('net_kg', 11, (r) => r.netKg),
    measure('gross_kg', 11, (r) => r.grossKg),
    { ...measure('volume_m3', 10, (r) => r.volumeM3), numFmt: () => '#,##0.000' },
    text('currency', 8, (r) => r.currency),
    moneyColumn<ShipmentLineExportRow>(h('amount'), 'amount', 13, (r) => ({ minor: r.amount, currency: r.currency })),
    // Unknown FOB stays an empty cell (never 0); the line values add up to the shipment's cents.
    { key: 'fob_usd', header: h('fob_usd'), width: 13, kind: 'decimal', value: (r) => (r.fobUsdCents === null ? null : r.fobUsdCents / 100), total: 'sum' },
    { key: 'etd', header: h('etd'), width: 12, kind: 'date', value: (r) => excelDate(r.etd) },
    { key: 'eta', header: h('eta'), width: 12, kind: 'date', value: (r) => excelDate(r.eta) },
    text('port_of_loading', 22, (r) => r.portOfLoading),
    text('port_of_discharge', 20, (r) => r.portOfDischarge),
    text('country', 8, (r) => r.country),
    text('incoterm', 16, (r) => [r.incoterm, r.incotermPlace].filter(Boolean).join(' ')),
    { ...text('container', 10, (r) => containerText(r.containerType, r.containerCount)), choices: ["20'", "40'", "40'HC", 'LCL'] },
    text('peb_no', 14, (r) => r.pebNo),
    { key: 'peb_date', header: h('peb_date'), width: 12, kind: 'date', value: (r) => excelDate(r.pebDate) },
    text('bl_no', 16, (r) => r.blNo),
    { ...text('status', 12, (r) => statusWord(t, r.status)), choices: SHIPMENT_STATUSES.map((s) => statusWord(t, s)) },
    costColumn(h('freight'), 'freight', (r) => r.freight),
    costColumn(h('insurance'), 'insurance', (r) => r.insurance),
    costColumn(h('inland_cost'), 'inland_cost', (r) => r.inlandCost),
    text('qc_reason', 40, (r) => r.qcReason),
  ];
}

/** Export shipments, one line a row: rows with the same shipment number make one shipment, written whole or not at all. */
export const shipmentKind = defineKind<ShipmentRow, ShipmentValues, ShipmentLineExportRow>({
  kind: 'shipments',
  specs: SHIPMENT_COLUMNS,
  fileWord: 'pengapalan',
  rules: ({ t }) => ({
    specs: SHIPMENT_COLUMNS,
    identityKeys: [],
    readers: {
      shipment_no: asText, buyer_code: asText, order_no: asText, sku: asText, qty: numberCell('required'), cartons: numberCell('none'),
      net_kg: numberCell('none'), gross_kg: numberCell('none'), etd: asDate, eta: asDate, port_of_loading: asText, port_of_discharge: asText,
      country: readCountry, incoterm: asText, container: asText, peb_no: asText, peb_date: asDate, bl_no: asText,
      status: fromWords(STATUS_WORDS, null), currency: readCurrency, inland_cost: numberCell('none'), freight: numberCell('none'), insurance: numberCell('none'),
      qc_reason: asText,
    },
    schema: shipmentRowInput,
    display: (s) => ({
      shipment_no: s.shipmentNo, buyer_code: s.buyerCode, order_no: s.orderNo, sku: s.sku, qty: s.qty, cartons: s.cartons,
      net_kg: s.netKg, gross_kg: s.grossKg, etd: s.etd ? formatDateId(s.etd) : null, eta: s.eta ? formatDateId(s.eta) : null,
      port_of_loading: s.portOfLoading, port_of_discharge: s.portOfDischarge, country: s.country ?? null,
      incoterm: s.incoterm ? [s.incoterm.term, s.incoterm.place].filter(Boolean).join(' ') : null,
      container: s.container ? containerText(s.container.type, s.container.count) : null, peb_no: s.pebNo,
      peb_date: s.pebDate ? formatDateId(s.pebDate) : null, bl_no: s.blNo, status: s.status ? statusWord(t, s.status) : null,
      currency: s.currency ?? null, inland_cost: s.inlandCost ?? null, freight: s.freight ?? null, insurance: s.insurance ?? null,
      qc_reason: s.qcReason ?? null,
    }),
  }),
  assemble: assembleShipments,
  stored: storedShipmentProblems,
  write: (ctx, values) => void writeShipment(ctx, values),
  fieldKeys: SHIPMENT_FIELD_KEYS,
  exporter: {
    rows: (ctx) => shipmentLineExportRows(ctx.app.db),
    frozenColumns: 2,
    columns: exportColumns,
    instruction: ({ t }, row) => t('shipments.instruction', {
      row,
      required: requiredLabels(t, SHIPMENT_COLUMNS),
      statuses: SHIPMENT_STATUSES.map((s) => statusWord(t, s)).join(', '),
    }),
  },
});
