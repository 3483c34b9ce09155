import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { IMPORT_KINDS } from '../../shared/api/files';
import { REPORT_NAMES } from '../../shared/api/exports';
import type { TempApp } from '../helpers/temp-app';

/**
 * Every workbook the app writes, from one centre, into a folder: the seven reports (default
 * period and the year before, whose comparison year may be empty), each list's export and
 * template, the plan, the purchase orders, a month's deliveries and pay, the workshops' material
 * accounts and the papers of a FOB and a CIF shipment. Names are unique: they are the files' names.
 */
export async function writeEveryWorkbook(t: TempApp, dir: string): Promise<string[]> {
  const written: string[] = [];
  const save = (name: string, file: { dataBase64: string }) => {
    const path = join(dir, `${name}.xlsx`);
    writeFileSync(path, Buffer.from(file.dataBase64, 'base64'));
    written.push(path);
  };
  const lastYear = `${Number(t.app.today().slice(0, 4)) - 1}`;
  for (const name of REPORT_NAMES) {
    save(`report-${name}`, await t.must('files:report', { name }));
    save(`report-${name}-${lastYear}`, await t.must('files:report', { name, from: `${lastYear}-01`, to: `${lastYear}-12` }));
  }
  for (const kind of IMPORT_KINDS) {
    save(`export-${kind}`, await t.must('files:export', { kind }));
    save(`template-${kind}`, await t.must('files:template', { kind }));
  }
  await t.must('plan:run', {});
  save('plan', await t.must('files:plan', {}));
  // A part received: the received share of an order is a live ratio, not a round one.
  const [po] = await t.must('purchases:fromPlan', {});
  if (po) {
    await t.must('purchases:setStatus', { id: po.id, status: 'ordered' });
    const line = po.lines[0];
    await t.must('purchases:receive', { id: po.id, receivedOn: t.app.today(), lines: [{ materialCode: line.materialCode, qty: Math.max(0.001, Math.round(line.qty * 0.37 * 1000) / 1000) }] });
  }
  save('purchases', await t.must('files:purchases', {}));
  // The last whole month with deliveries: its pay and its deliveries.
  const month = t.app.db.prepare('SELECT MAX(substr(delivered_on, 1, 7)) FROM delivery WHERE delivered_on < ?').pluck().get(t.app.today().slice(0, 7)) as string;
  const from = `${month}-01`;
  const to = `${month}-${new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate()}`;
  save('deliveries', await t.must('files:deliveries', { from, to }));
  save('pay', await t.must('files:pieceRates', { from, to }));
  save('workshop-materials', await t.must('files:workshopMaterials', {}));
  for (const incoterm of ['FOB', 'CIF', 'CFR', 'EXW']) {
    const id = t.app.db.prepare('SELECT MAX(id) FROM shipment WHERE incoterm = ?').pluck().get(incoterm) as number | null;
    if (id !== null) save(`shipment-${incoterm}`, await t.must('files:shipment', { id }));
  }
  return written;
}
