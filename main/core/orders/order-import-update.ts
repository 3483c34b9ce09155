import type { CellValue, RowChange } from '../../../shared/api/files';
import { formatDateId } from '../../../shared/dates';
import { ORDER_TRANSITIONS, type Order, type OrderLine, type OrderStatus, type OrderValues } from '../../../shared/domain/orders';
import { fromMinor } from '../../../shared/money';
import type { CallContext } from '../platform/app';
import { findOrderByNo, orderLinesInUse } from './order-queries';
import { orderDetail } from './orders';
import type { ImportRecord, StoredProblem } from '../platform/import/kind';
import type { PlannedRecord, RecordUpdatePlan } from '../platform/import/record-update';
import type { ParsedRow } from '../platform/import/rows';
import type { FoundColumn } from '../platform/import/sheet';
import { statusWord, storedOrderProblems } from './order-import-stored';
import type { OrderRow } from './order-import-rows';

/** Only an order nobody has started on may be changed, on the form (services/orders.ts) and so from a file. */
const EDITABLE: OrderStatus[] = ['draft', 'confirmed'];

type Header = Pick<OrderValues, 'buyerCode' | 'orderDate' | 'shipBy' | 'currency' | 'idrRate' | 'status' | 'note' | 'buyerPo' | 'buyerPoDate' | 'paymentTerms'>;
type Cell = RowChange['cells'][number];

/** The order's own columns as the preview shows them; codes without case, a rupiah order without a rate. */
function headerShown(ctx: CallContext, o: Header): Record<string, CellValue> {
  return {
    buyer_code: o.buyerCode.toUpperCase(), order_date: formatDateId(o.orderDate), ship_by: formatDateId(o.shipBy), currency: o.currency,
    idr_rate: o.currency === 'IDR' ? null : o.idrRate, status: statusWord(ctx.t, o.status), note: o.note, buyer_po: o.buyerPo,
    buyer_po_date: o.buyerPoDate ? formatDateId(o.buyerPoDate) : null, payment_terms: o.paymentTerms ?? null,
  };
}

/**
 * The order's fields as the file leaves them: a column the file lacks keeps the stored value, and
 * so does a status or a rate no row gives (blank there means "as it is", not "draft" or "look it up").
 */
function mergedHeader(before: Order, values: OrderValues, present: Set<string>, given: (key: string) => boolean): Header {
  const kept = <T,>(key: string, file: T, stored: T): T => (present.has(key) ? file : stored);
  const sameCurrency = values.currency === before.currency;
  return {
    buyerCode: values.buyerCode, orderDate: values.orderDate, shipBy: values.shipBy, currency: values.currency,
    idrRate: given('idr_rate') ? values.idrRate : sameCurrency ? before.idrRate : null,
    status: given('status') ? values.status : before.status,
    note: kept('note', values.note, before.note), buyerPo: kept('buyer_po', values.buyerPo, before.buyerPo),
    buyerPoDate: kept('buyer_po_date', values.buyerPoDate, before.buyerPoDate), paymentTerms: kept('payment_terms', values.paymentTerms ?? null, before.paymentTerms),
  };
}

/** Each file line's stored line by SKU within the order, in order (a SKU listed twice matches twice). */
function matchLines(stored: OrderLine[], lines: OrderValues['lines']): (OrderLine | undefined)[] {
  const taken = new Set<number>();
  return lines.map((line) => {
    const found = stored.find((old) => !taken.has(old.id) && old.sku.toUpperCase() === line.sku.toUpperCase());
    if (found) taken.add(found.id);
    return found;
  });
}

interface OrderPlan {
  record: PlannedRecord<OrderValues>;
  changes: Map<number, RowChange>;
  problems: StoredProblem[];
  knownLines: Set<number>;
}

/**
 * One stored order against the file's rows of it. The rows are the whole order, as the form saves
 * it: a line is new, changed (qty, price) or unchanged by its SKU; a stored line the file no longer
 * lists is removed, shown on the order's first row. Kept lines stay in their stored order with the
 * new ones after them, so a line's SPKs keep pointing at its product.
 */
function planStoredOrder(ctx: CallContext, before: Order, record: ImportRecord<OrderValues>, values: OrderValues, byRow: Map<number, ParsedRow<OrderRow>>, present: Set<string>): OrderPlan {
  const { t } = ctx;
  const first = record.rows[0];
  const given = (key: string) => record.rows.some((row) => Boolean(byRow.get(row)?.text[key]));
  const header = mergedHeader(before, values, present, given);
  const shownBefore = headerShown(ctx, before);
  const shownAfter = headerShown(ctx, header);
  const firstCells: Cell[] = Object.keys(shownAfter)
    .filter((key) => String(shownBefore[key] ?? '') !== String(shownAfter[key] ?? ''))
    .map((key) => ({ key, before: shownBefore[key] ?? null, after: shownAfter[key] ?? null }));
  const matched = matchLines(before.lines, values.lines);
  const lineChanges = values.lines.map((line, index): RowChange => {
    const old = matched[index];
    // A line added to a stored order changes that order: the counters count it as changed, so the row says so too.
    if (!old) return { state: 'changed', cells: [{ key: 'sku', before: null, after: t('orderUpdate.lineAdded', { sku: line.sku, qty: line.qty }) }] };
    const cells: Cell[] = [];
    if (old.qty !== line.qty) cells.push({ key: 'qty', before: old.qty, after: line.qty });
    const oldPrice = fromMinor(old.unitPrice, before.currency);
    const newPrice = fromMinor(line.unitPrice, values.currency);
    if (oldPrice !== newPrice) cells.push({ key: 'unit_price', before: oldPrice, after: newPrice });
    return { state: cells.length === 0 ? 'unchanged' : 'changed', cells };
  });
  const kept = new Set(matched.flatMap((old) => (old ? [old.id] : [])));
  const removed = before.lines.filter((old) => !kept.has(old.id));
  firstCells.push(...removed.map((old) => ({ key: 'sku', before: old.sku, after: t('orderUpdate.lineRemoved', { qty: old.qty }) })));
  const changes = new Map(record.rows.map((row, index) => [row, lineChanges[index]]));
  if (firstCells.length > 0) {
    changes.set(first, { state: 'changed', cells: [...firstCells, ...lineChanges[0].cells] });
  }
  const isChanged = [...changes.values()].some((change) => change.state !== 'unchanged');
  const knownLines = new Set(values.lines.flatMap((_line, index) => (lineChanges[index].state === 'unchanged' && values.currency === before.currency ? [index] : [])));

  // Kept lines in their stored order with the file's quantities and prices, then the new ones in file order.
  const keptLines = before.lines.flatMap((old) => {
    const index = matched.findIndex((found) => found?.id === old.id);
    return index < 0 ? [] : [values.lines[index]];
  });
  const lines = [...keptLines, ...values.lines.filter((_line, index) => !matched[index])];
  const written: OrderValues = { ...header, id: before.id, orderNo: before.orderNo, lines, confirm: true };
  const problems = isChanged ? orderRefusals(ctx, before, header, lines, changes, record, byRow) : [];
  return { record: { rows: record.rows, values: written, state: isChanged ? 'changed' : 'unchanged' }, changes, problems, knownLines };
}

/** What the form's service would refuse of a changed order, named by row and column before anything is written. */
function orderRefusals(
  ctx: CallContext, before: Order, header: Header, lines: OrderValues['lines'], changes: Map<number, RowChange>,
  record: ImportRecord<OrderValues>, byRow: Map<number, ParsedRow<OrderRow>>,
): StoredProblem[] {
  const { t } = ctx;
  const order = before.orderNo;
  if (!EDITABLE.includes(before.status)) {
    const message = t('orderUpdate.locked', { order, status: t(`ui.orderStatus.${before.status}`) });
    return [...changes].filter(([, change]) => change.state !== 'unchanged').map(([row, change]) => ({ row, key: change.cells[0]?.key ?? 'sku', message }));
  }
  const problems: StoredProblem[] = [];
  if (header.status !== before.status && !ORDER_TRANSITIONS[before.status].includes(header.status)) {
    const row = record.rows.find((at) => byRow.get(at)?.text.status) ?? record.rows[0];
    const message = t('invalid.statusTransition', { from: t(`ui.orderStatus.${before.status}`), to: t(`ui.orderStatus.${header.status}`) });
    problems.push({ row, key: 'status', message });
  }
  // A line with SPKs or shipments must keep its product at its place: writeOrder rewrites lines by position.
  const inUse = orderLinesInUse(ctx.app.db, before.id);
  for (const [index, old] of before.lines.entries()) {
    if (inUse.has(old.id) && lines[index]?.sku.toUpperCase() !== old.sku.toUpperCase()) {
      problems.push({ row: record.rows[0], key: 'sku', message: t('orderUpdate.lineInUse', { sku: old.sku, order }) });
    }
  }
  return problems;
}

/**
 * An orders file in update mode: rows with a stored order's number are that whole order, checked
 * and written through writeOrder as the Orders form saves it; other orders are new, as without
 * update mode. An order equal to its stored self is unchanged and not written.
 */
export function planOrderUpdate(ctx: CallContext, columns: FoundColumn[], rows: ParsedRow<OrderRow>[], records: ImportRecord<OrderValues>[]): RecordUpdatePlan<OrderValues> {
  const byRow = new Map(rows.map((row) => [row.row, row]));
  const present = new Set(columns.map((column) => column.spec.key));
  const plan: RecordUpdatePlan<OrderValues> = { records: [], changes: new Map(), problems: [] };
  const stored = new Set<ImportRecord<OrderValues>>();
  const knownLines = new Map<ImportRecord<OrderValues>, Set<number>>();
  for (const record of records) {
    const orderNo = byRow.get(record.rows[0])?.text.order_no ?? '';
    const found = orderNo ? findOrderByNo(ctx.app.db, orderNo) : undefined;
    if (!found) {
      for (const row of record.rows) plan.changes.set(row, { state: 'new', cells: [] });
      plan.records.push({ ...record, state: 'new' });
      continue;
    }
    stored.add(record);
    const before = orderDetail(ctx, found.id);
    if (record.values === null) {
      plan.records.push({ ...record, state: 'changed' });
    } else if (before.orderNo !== orderNo) {
      plan.problems.push({ row: record.rows[0], key: 'order_no', message: ctx.t('importUpdate.keyChanged', { value: orderNo, stored: before.orderNo }) });
      plan.records.push({ rows: record.rows, values: null, state: 'changed' });
    } else {
      const one = planStoredOrder(ctx, before, record, record.values, byRow, present);
      plan.records.push(one.record);
      for (const [row, change] of one.changes) plan.changes.set(row, change);
      plan.problems.push(...one.problems);
      knownLines.set(record, one.knownLines);
    }
  }
  // An order the file leaves as it is stays valid whatever has changed around it since (a buyer or a product removed).
  const unchanged = new Set(plan.records.filter((record) => record.state === 'unchanged').flatMap((record) => record.rows));
  const checked = records.filter((record) => !unchanged.has(record.rows[0]));
  plan.problems.push(...storedOrderProblems(ctx, rows.filter((row) => !unchanged.has(row.row)), checked, {
    isStored: (record) => stored.has(record),
    isKnownLine: (record, index) => knownLines.get(record)?.has(index) === true,
  }));
  return plan;
}
