import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CallInput, CallName } from '../../shared/api/contract';
import { IMPORT_KINDS, type MadeFile } from '../../shared/api/files';
import { REPORT_NAMES } from '../../shared/api/exports';
import type { Locale } from '../../shared/i18n';
import type { TempApp } from '../helpers/temp-app';
import { madeBytes } from '../helpers/made-file';

/**
 * Every workbook the app writes, from one centre, into a folder: the seven reports (default
 * period, one month — June — and the whole year before), each list's export and template, the plan, the purchase
 * orders with one partly received, a month's deliveries and pay, the workshops' material accounts
 * the papers of a shipment per incoterm, a shipment's marks and carton labels, and an export order's proforma per currency. File names are unique within a run (`prefix`).
 */
export async function writeEveryWorkbook(t: TempApp, dir: string, options: { prefix?: string; locale?: Locale; reportsOnly?: boolean } = {}): Promise<string[]> {
  const { prefix = '', locale = 'id' } = options;
  const written: string[] = [];
  const must = async <K extends CallName>(name: K, input: CallInput<K>) => {
    const result = await t.call(name, input, locale);
    if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  const save = (name: string, file: MadeFile) => {
    const path = join(dir, `${prefix}${name}.xlsx`);
    writeFileSync(path, madeBytes(file));
    written.push(path);
  };
  const lastYear = `${Number(t.app.today().slice(0, 4)) - 1}`;
  const june = `${t.app.today().slice(0, 4)}-06`;
  for (const name of REPORT_NAMES) {
    // A report that needs what a new centre lacks (the roadmap) says so instead of a workbook.
    const first = await t.call('files:report', { name }, locale);
    if (!first.ok && first.error.code === 'NOT_FOUND') continue;
    save(`report-${name}`, await must('files:report', { name }));
    if (!options.reportsOnly) save(`report-${name}-${lastYear}`, await must('files:report', { name, from: `${lastYear}-01`, to: `${lastYear}-12` }));
    // One month: a utilisation or a share over a single month's figures, cached as it computes.
    if (!options.reportsOnly) save(`report-${name}-${june}`, await must('files:report', { name, from: june, to: june }));
  }
  if (options.reportsOnly) return written;
  for (const kind of IMPORT_KINDS) {
    save(`export-${kind}`, await must('files:export', { kind }));
    save(`template-${kind}`, await must('files:template', { kind }));
  }
  if (t.app.db.prepare('SELECT COUNT(*) FROM sales_order').pluck().get() === 0) return written;
  await must('plan:run', {});
  save('plan', await must('files:plan', {}));
  // A part received: the received share of an order is a live ratio, not a round one.
  const [po] = await must('purchases:fromPlan', {});
  if (po) {
    await must('purchases:setStatus', { id: po.id, status: 'ordered' });
    const line = po.lines[0];
    await must('purchases:receive', { id: po.id, receivedOn: t.app.today(), lines: [{ materialCode: line.materialCode, qty: Math.max(0.001, Math.round(line.qty * 0.37 * 1000) / 1000) }] });
  }
  save('purchases', await must('files:purchases', {}));
  // The last whole month with deliveries: its pay and its deliveries.
  const month = t.app.db.prepare('SELECT MAX(substr(delivered_on, 1, 7)) FROM delivery WHERE delivered_on < ?').pluck().get(t.app.today().slice(0, 7)) as string;
  const from = `${month}-01`;
  const to = `${month}-${new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate()}`;
  save('deliveries', await must('files:deliveries', { from, to }));
  save('pay', await must('files:pieceRates', { from, to }));
  save('workshop-materials', await must('files:workshopMaterials', {}));
  for (const incoterm of ['FOB', 'CIF', 'CFR', 'EXW']) {
    const id = t.app.db.prepare('SELECT MAX(id) FROM shipment WHERE incoterm = ?').pluck().get(incoterm) as number | null;
    if (id !== null) save(`shipment-${incoterm}`, await must('files:shipment', { id }));
  }
  // An export order's proforma per currency (cents and none), one whose terms ask a deposit first.
  for (const currency of ['USD', 'EUR', 'JPY']) {
    const id = t.app.db.prepare(
      `SELECT o.id FROM sales_order o JOIN buyer b ON b.id = o.buyer_id WHERE b.kind = 'export' AND o.currency = ?
       ORDER BY o.payment_terms LIKE '%deposit%' DESC, (SELECT COUNT(*) FROM order_line l WHERE l.order_id = o.id) DESC, o.id DESC LIMIT 1`,
    ).pluck().get(currency) as number | undefined;
    if (id !== undefined && (await must('papers:proforma', { id })).gaps.length === 0) save(`proforma-${currency}`, await must('files:proforma', { id }));
  }
  // The shipping marks and carton labels of the last shipment: the carton count under the side marks is a live sum.
  const lastShipment = t.app.db.prepare('SELECT MAX(id) FROM shipment').pluck().get() as number | null;
  if (lastShipment !== null) save('shipment-labels', await must('files:shipmentPaper', { id: lastShipment, paper: 'labels' }));
  return written;
}
