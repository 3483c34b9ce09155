import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_KINDS } from '../../shared/api/files';
import { REPORT_NAMES } from '../../shared/api/exports';
import { checkWorkbooks, describeCheck, malformedParts, type RecalcCheck } from '../helpers/recalc';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { writeEveryWorkbook } from './centre-workbooks';

/**
 * Every workbook the app writes, opened by LibreOffice with recalculation forced: each formula
 * cell's cached value must be what the formula computes, so Excel, LibreOffice and a reader that
 * never recalculates (a phone's preview, a script) see the same figure. Needs `soffice`
 * (Debian: apt-get install libreoffice-calc-nogui; .ci/run installs it).
 */

/** A workbook whose cached values are wrong on purpose: proves LibreOffice really recalculated. */
async function writeCanary(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Canary');
  sheet.getCell('A1').value = 2;
  sheet.getCell('A2').value = 0.032118;
  sheet.getCell('B1').value = { formula: 'A1*2', result: 5 };
  sheet.getCell('B2').value = { formula: 'A2', result: 0.0321 };
  sheet.getCell('B3').value = { formula: 'ROUND(A2,4)', result: 0.0321 };
  sheet.getCell('B4').value = { formula: 'SUM(A1:A2)', result: 2.032118 };
  await workbook.xlsx.writeFile(path);
}

let t: TempApp;
let empty: TempApp;
let files: string[];
let check: RecalcCheck;
const CANARY = 'canary-wrong-on-purpose.xlsx';

beforeAll(async () => {
  t = await tempApp({ today: '2026-11-23' });
  await t.must('demo:create', { seed: 2024, scale: 'demo' });
  const dir = join(t.dir, 'workbooks');
  mkdirSync(dir);
  files = await writeEveryWorkbook(t, dir);
  // The reports in English too (a formula comparing with a translated word must use the same
  // word), and a new centre's, where unknown figures are empty cells with a note, never zeros.
  files.push(...(await writeEveryWorkbook(t, dir, { prefix: 'en-', locale: 'en', reportsOnly: true })));
  empty = await tempApp({ today: '2026-11-23' });
  files.push(...(await writeEveryWorkbook(empty, dir, { prefix: 'empty-' })));
  await writeCanary(join(dir, CANARY));
  // One LibreOffice run for all of them: starting it costs more than converting a file.
  check = await checkWorkbooks([...files, join(dir, CANARY)]);
}, 900_000);
afterAll(() => {
  t?.close();
  empty?.close();
});

describe('workbooks recalculated by LibreOffice', () => {
  it('recalculates for real: a cached value that is wrong on purpose is caught, to the last digit', () => {
    const canary = check.mismatches.filter((m) => m.file === CANARY).map((m) => `${m.cell} ${m.cached} ${m.computed}`);
    expect(canary).toEqual(['Canary!B1 5 4', 'Canary!B2 0.0321 0.032118']);
  });

  it('writes every report (this year and last), every list, the plan, purchases, deliveries, pay, materials and shipment papers', () => {
    const names = files.map((path) => basename(path, '.xlsx'));
    for (const name of REPORT_NAMES) expect(names).toContain(`report-${name}`);
    for (const kind of IMPORT_KINDS) expect(names).toEqual(expect.arrayContaining([`export-${kind}`, `template-${kind}`]));
    expect(names).toEqual(expect.arrayContaining(['plan', 'purchases', 'deliveries', 'pay', 'workshop-materials', 'shipment-FOB', 'shipment-CIF', 'proforma-USD', 'proforma-EUR', 'shipment-labels']));
    for (const name of REPORT_NAMES) expect(names).toContain(`en-report-${name}`);
    // A new centre has no roadmap: that report refuses, with words, instead of writing zeros.
    for (const name of REPORT_NAMES.filter((n) => n !== 'roadmap')) expect(names).toContain(`empty-report-${name}`);
    // Thousands of live formulas were compared, not a handful.
    expect(check.cells).toBeGreaterThan(5_000);
  });

  it('caches in every formula cell what the formula computes', () => {
    // No cell is tolerated: a mismatch is fixed where the workbook is written, not listed here.
    const found = check.mismatches.filter((m) => m.file !== CANARY);
    expect(describeCheck({ ...check, malformed: [], mismatches: found })).toEqual([]);
  });

  it('writes only well-formed XML in every part of every workbook', () => {
    expect(describeCheck({ ...check, mismatches: [] })).toEqual([]);
  });

  it('names a part that is not well-formed', async () => {
    const zip = await JSZip.loadAsync(readFileSync(files[0]));
    zip.file('xl/workbook.xml', '<workbook><sheets></workbook>');
    const broken = join(t.dir, 'broken.xlsx');
    writeFileSync(broken, await zip.generateAsync({ type: 'nodebuffer' }));
    expect((await malformedParts(broken)).map((m) => m.part)).toEqual(['xl/workbook.xml']);
  });
});
