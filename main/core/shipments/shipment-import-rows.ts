import { z } from 'zod';
import type { ImportError } from '../../../shared/api/files';
import { formatDateId } from '../../../shared/dates';
import { isoDateField, optionalText, requiredText } from '../../../shared/domain/fields';
import { currencyField } from '../../../shared/domain/catalogue';
import { SHIPMENT_STATUSES, shipmentInput, shipmentLineInput, type ShipmentValues } from '../../../shared/domain/shipments';
import { toMinor } from '../../../shared/money';
import type { Translate } from '../../../shared/i18n';
import type { ImportRecord } from '../platform/import/kind';
import { translateIssue, type ParsedRow } from '../platform/import/rows';
import { containerCell, containerText, incotermCell } from './shipment-import-cells';

/** One sheet row of a shipments file: the shipment's own fields (later rows may leave them blank) and one line. */
export const shipmentRowInput = z.object({
  shipmentNo: requiredText(40),
  buyerCode: optionalText(40),
  etd: isoDateField.nullish(),
  eta: isoDateField.nullish(),
  portOfLoading: optionalText(80),
  portOfDischarge: optionalText(80),
  country: z.string().nullish(),
  incoterm: incotermCell,
  container: containerCell,
  pebNo: optionalText(40),
  pebDate: isoDateField.nullish(),
  blNo: optionalText(40),
  status: z.enum(SHIPMENT_STATUSES, { error: 'invalid.shipmentStatus' }).nullish(),
  /** In major units of the orders' currency, which the row names so that cents are read right. */
  currency: currencyField.nullish(),
  inlandCost: z.number({ error: 'invalid.notNumber' }).min(0, { error: 'invalid.negative' }).nullish(),
  freight: z.number({ error: 'invalid.notNumber' }).min(0, { error: 'invalid.negative' }).nullish(),
  insurance: z.number({ error: 'invalid.notNumber' }).min(0, { error: 'invalid.negative' }).nullish(),
  /** Why a shipped or closed shipment recorded after the fact holds more than QC accepted. */
  qcReason: optionalText(400),
  orderNo: requiredText(40),
  sku: requiredText(40),
  qty: shipmentLineInput.shape.qty,
  cartons: shipmentLineInput.shape.cartons,
  netKg: shipmentLineInput.shape.netKg,
  grossKg: shipmentLineInput.shape.grossKg,
});
export type ShipmentRow = z.output<typeof shipmentRowInput>;

type HeaderField =
  | 'buyerCode' | 'etd' | 'eta' | 'portOfLoading' | 'portOfDischarge' | 'country' | 'incoterm' | 'container' | 'pebNo' | 'pebDate' | 'blNo' | 'status'
  | 'currency' | 'inlandCost' | 'freight' | 'insurance' | 'qcReason';

/** The shipment's own fields and their columns; the buyer must be given on some row of the shipment. */
const HEADER_FIELDS: { field: HeaderField; key: string }[] = [
  { field: 'buyerCode', key: 'buyer_code' }, { field: 'etd', key: 'etd' }, { field: 'eta', key: 'eta' },
  { field: 'portOfLoading', key: 'port_of_loading' }, { field: 'portOfDischarge', key: 'port_of_discharge' }, { field: 'country', key: 'country' },
  { field: 'incoterm', key: 'incoterm' }, { field: 'container', key: 'container' }, { field: 'pebNo', key: 'peb_no' },
  { field: 'pebDate', key: 'peb_date' }, { field: 'blNo', key: 'bl_no' }, { field: 'status', key: 'status' },
  { field: 'currency', key: 'currency' }, { field: 'inlandCost', key: 'inland_cost' }, { field: 'freight', key: 'freight' }, { field: 'insurance', key: 'insurance' },
  { field: 'qcReason', key: 'qc_reason' },
];
const KEY_OF_FIELD: Record<string, string> = {
  ...Object.fromEntries(HEADER_FIELDS.map((f) => [f.field, f.key])),
  incotermPlace: 'incoterm', containerType: 'container', containerCount: 'container', shipmentNo: 'shipment_no',
};
const LINE_KEYS: Record<string, string> = { orderNo: 'order_no', sku: 'sku', qty: 'qty', cartons: 'cartons', netKg: 'net_kg', grossKg: 'gross_kg' };

type HeaderValue = NonNullable<ShipmentRow[HeaderField]>;

/** Compared as written, codes and words without case: `us-blw` is `US-BLW`. */
function same(a: HeaderValue, b: HeaderValue): boolean {
  return typeof a === 'string' && typeof b === 'string' ? a.toUpperCase() === b.toUpperCase() : JSON.stringify(a) === JSON.stringify(b);
}

function shown(field: HeaderField, value: HeaderValue): string {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return 'term' in value ? [value.term, value.place].filter(Boolean).join(' ') : (containerText(value.type, value.count) ?? '');
  return field === 'etd' || field === 'eta' || field === 'pebDate' ? formatDateId(value) : value;
}

/**
 * The first row that gives a field sets it; a later row that says something else is an error on
 * that row, naming the first. Returns the row that set each field.
 */
function checkHeaderAgrees(group: ParsedRow<ShipmentRow>[], shipmentNo: string, headerOf: (key: string) => string, t: Translate): Map<HeaderField, number> {
  const setBy = new Map<HeaderField, { value: HeaderValue; row: number }>();
  for (const row of group) {
    const values = row.values;
    if (!values) continue;
    for (const { field, key } of HEADER_FIELDS) {
      const value = values[field];
      if (value === null || value === undefined) continue;
      const held = setBy.get(field);
      if (!held) setBy.set(field, { value, row: row.row });
      else if (!same(held.value, value)) {
        row.errors.push({ row: row.row, column: headerOf(key), message: t('shipments.invalid.differs', { row: held.row, shipment: shipmentNo, value: shown(field, held.value) }) });
        row.values = null;
      }
    }
  }
  return new Map([...setBy].map(([field, held]) => [field, held.row]));
}

/** A field as the first row that gives it says. */
function firstGiven<F extends HeaderField>(lines: ShipmentRow[], field: F): ShipmentRow[F] | null {
  for (const line of lines) {
    const value = line[field];
    if (value !== null && value !== undefined) return value;
  }
  return null;
}

function assembleShipment(group: ParsedRow<ShipmentRow>[], headerOf: (key: string) => string, t: Translate): ShipmentValues | null {
  const first = group[0];
  const shipmentNo = first.text.shipment_no ?? '';
  const setBy = checkHeaderAgrees(group, shipmentNo, headerOf, t);
  const lines = group.flatMap((row) => (row.values ? [row.values] : []));
  if (lines.length < group.length) return null;
  const problems: ImportError[] = [];
  const pick = <F extends HeaderField>(field: F) => firstGiven(lines, field);
  const incoterm = pick('incoterm');
  const container = pick('container');
  const currency = pick('currency');
  // Costs are read in the currency's major unit: without it the cents are unknown. A blank cell is
  // not entered (null), which leaves the FOB of a term that needs it unknown, never 0.
  const money = (amount: number | null | undefined) => (amount === null || amount === undefined || !currency ? null : toMinor(amount, currency));
  const charged = pick('inlandCost') ?? pick('freight') ?? pick('insurance');
  if (charged !== null && charged !== undefined && !currency) {
    problems.push({ row: first.row, column: headerOf('currency'), message: t('invalid.required') });
  }
  const parsed = shipmentInput.safeParse({
    shipmentNo,
    buyerCode: pick('buyerCode'),
    status: pick('status') ?? 'draft',
    incoterm: incoterm?.term ?? null,
    incotermPlace: incoterm?.place ?? null,
    portOfLoading: pick('portOfLoading') ?? null,
    portOfDischarge: pick('portOfDischarge') ?? null,
    country: pick('country') ?? null,
    etd: pick('etd') ?? null,
    eta: pick('eta') ?? null,
    containerType: container?.type ?? null,
    containerCount: container?.count ?? 1,
    pebNo: pick('pebNo') ?? null,
    pebDate: pick('pebDate') ?? null,
    blNo: pick('blNo') ?? null,
    inlandCost: money(pick('inlandCost')),
    freight: money(pick('freight')),
    insurance: money(pick('insurance')),
    qcReason: pick('qcReason') ?? null,
    lines: lines.map(({ orderNo, sku, qty, cartons, netKg, grossKg }) => ({ orderNo, sku, qty, cartons, netKg, grossKg })),
  });
  if (parsed.success && problems.length === 0) return parsed.data;
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const [head, index, lineField] = issue.path;
    const message = translateIssue(issue, t);
    if (head === 'lines' && typeof index === 'number') {
      problems.push({ row: group[index]?.row ?? first.row, column: headerOf(LINE_KEYS[String(lineField)] ?? 'sku'), message });
    } else {
      const key = KEY_OF_FIELD[String(head)] ?? 'shipment_no';
      const field = HEADER_FIELDS.find((f) => f.key === key)?.field;
      problems.push({ row: (field && setBy.get(field)) ?? first.row, column: headerOf(key), message });
    }
  }
  for (const problem of problems) group.find((row) => row.row === problem.row)?.errors.push(problem);
  return null;
}

/** Rows with the same shipment number make one shipment, wherever they stand; its lines in sheet order. */
export function assembleShipments(rows: ParsedRow<ShipmentRow>[], headerOf: (key: string) => string, t: Translate): ImportRecord<ShipmentValues>[] {
  const groups = new Map<string, ParsedRow<ShipmentRow>[]>();
  for (const row of rows) {
    const no = row.text.shipment_no;
    if (!no) continue;
    groups.set(no.toUpperCase(), [...(groups.get(no.toUpperCase()) ?? []), row]);
  }
  return [...groups.values()].map((group) => ({ rows: group.map((row) => row.row), values: assembleShipment(group, headerOf, t) }));
}

/** A service's `details.field` → the column it came from. */
export const SHIPMENT_FIELD_KEYS: Record<string, string> = {
  ...KEY_OF_FIELD,
  ...Object.fromEntries(Object.entries(LINE_KEYS).map(([field, key]) => [`lines.${field}`, key])),
  invoiceDate: 'etd', marks: 'shipment_no',
};
