import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS, { type Cell, type CellValue } from 'exceljs';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';

/**
 * Whether a workbook's cached formula results are what a spreadsheet computes. LibreOffice opens
 * each file with recalculation on load forced (a fresh profile whose only setting is "always
 * recalculate" for OOXML and ODF), saves it as xlsx again, and every formula cell's cached value in
 * the original is compared with the recalculated one. Also: every XML part of the original must be
 * well-formed, since Excel refuses ("repair") a file that is not.
 */

export interface Mismatch {
  file: string;
  /** `Sheet!B12` */
  cell: string;
  formula: string;
  cached: string;
  computed: string;
}

export interface Malformed {
  file: string;
  part: string;
  error: string;
}

export interface RecalcCheck {
  files: number;
  /** Formula cells compared. */
  cells: number;
  mismatches: Mismatch[];
  malformed: Malformed[];
}

/** The LibreOffice binary: `SENTRA_SOFFICE` or `soffice` on the PATH. */
export const SOFFICE = process.env.SENTRA_SOFFICE ?? 'soffice';

// 0 = always recalculate on load (1 = never, 2 = ask): org.openoffice.Office.Calc/Formula/Load.
const PROFILE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Every file recalculated by LibreOffice in one run; returns the converted copies, by original path. */
export function recalculate(paths: string[], outDir: string): Map<string, string> {
  const names = new Set(paths.map((path) => basename(path)));
  if (names.size !== paths.length) throw new Error('recalculate: file names must differ (the copies share one folder)');
  const profile = mkdtempSync(join(tmpdir(), 'sentra-lo-'));
  try {
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), PROFILE_SETTINGS);
    mkdirSync(outDir, { recursive: true });
    const run = spawnSync(SOFFICE, [
      `-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--nolockcheck',
      '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, ...paths,
    ], { encoding: 'utf8', timeout: 600_000 });
    if (run.error) throw new Error(`${SOFFICE} did not run (${run.error.message}): install LibreOffice (Debian: apt-get install libreoffice-calc-nogui) or set SENTRA_SOFFICE`);
    if (run.status !== 0) throw new Error(`${SOFFICE} failed (${run.status}): ${run.stderr}`);
    return new Map(paths.map((path) => [path, join(outDir, basename(path))]));
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** XML parts that do not parse, with the parser's first complaint; and whether any sheet holds a formula. */
export async function readParts(path: string): Promise<{ malformed: Malformed[]; hasFormulas: boolean }> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const malformed: Malformed[] = [];
  let hasFormulas = false;
  for (const [part, entry] of Object.entries(zip.files)) {
    if (entry.dir || !/\.(xml|rels|vml)$/i.test(part)) continue;
    const text = await entry.async('string');
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(part) && /<f[ >]/.test(text)) hasFormulas = true;
    const errors: string[] = [];
    const parser = new SaxesParser({ xmlns: true });
    parser.on('error', (error) => errors.push(error.message));
    parser.write(text).close();
    if (errors.length > 0) malformed.push({ file: basename(path), part, error: errors[0] });
  }
  return { malformed, hasFormulas };
}

export async function malformedParts(path: string): Promise<Malformed[]> {
  return (await readParts(path)).malformed;
}

type Plain = number | string | boolean | null;

/** Excel's day number of a date (1900 system), as exceljs writes it. */
function serial(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}

/** A cached or computed value as one comparable thing: dates as day numbers, errors as their code. */
function plain(value: CellValue | undefined): Plain {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return serial(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'object' && 'error' in value) return String(value.error);
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((run) => run.text).join('');
  return JSON.stringify(value);
}

/** A cell's own value after recalculation: a formula's result, else its value (exceljs' `value` drops a result of 0 or "", `result` keeps it). */
function computedOf(cell: Cell): Plain {
  return cell.type === ExcelJS.ValueType.Formula ? plain(cell.result) : plain(cell.value);
}

/** Equal to the last digit: numbers to a billionth of their size (binary noise aside), the rest exactly; an empty string is an empty cell. */
export function sameValue(cached: Plain, computed: Plain): boolean {
  if (typeof cached === 'number' && typeof computed === 'number') {
    return Math.abs(cached - computed) <= 1e-9 * Math.max(1, Math.abs(cached), Math.abs(computed));
  }
  const blank = (v: Plain) => v === null || v === '';
  if (blank(cached) && blank(computed)) return true;
  return cached === computed;
}

function shown(value: Plain): string {
  return value === null ? '(none)' : typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** Compares one original with its recalculated copy, formula cell by formula cell. */
export async function compareWorkbook(original: string, recalculated: string): Promise<{ cells: number; mismatches: Mismatch[] }> {
  const before = new ExcelJS.Workbook();
  await before.xlsx.readFile(original);
  const after = new ExcelJS.Workbook();
  await after.xlsx.readFile(recalculated);
  const mismatches: Mismatch[] = [];
  let cells = 0;
  for (const sheet of before.worksheets) {
    const copy = after.getWorksheet(sheet.name);
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        cells += 1;
        const cached = plain(cell.result);
        const computed = copy ? computedOf(copy.getCell(cell.address)) : null;
        if (copy && sameValue(cached, computed)) return;
        mismatches.push({
          file: basename(original), cell: `${sheet.name}!${cell.address}`, formula: cell.formula ?? '',
          cached: shown(cached), computed: copy ? shown(computed) : '(sheet missing after recalculation)',
        });
      });
    });
  }
  return { cells, mismatches };
}

/** The whole check over a set of workbooks (distinct file names): one LibreOffice run for those with formulas. */
export async function checkWorkbooks(paths: string[]): Promise<RecalcCheck> {
  const outDir = mkdtempSync(join(tmpdir(), 'sentra-recalc-'));
  try {
    const result: RecalcCheck = { files: paths.length, cells: 0, mismatches: [], malformed: [] };
    const withFormulas: string[] = [];
    for (const path of paths) {
      const parts = await readParts(path);
      result.malformed.push(...parts.malformed);
      if (parts.hasFormulas) withFormulas.push(path);
    }
    const copies = withFormulas.length > 0 ? recalculate(withFormulas, outDir) : new Map<string, string>();
    for (const path of withFormulas) {
      const { cells, mismatches } = await compareWorkbook(path, copies.get(path)!);
      result.cells += cells;
      result.mismatches.push(...mismatches);
    }
    return result;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** One line per problem, for a test's failure message and the command line. */
export function describeCheck(check: RecalcCheck): string[] {
  return [
    ...check.malformed.map((m) => `${m.file} ${m.part}: not well-formed XML: ${m.error}`),
    ...check.mismatches.map((m) => `${m.file} ${m.cell} =${m.formula}: cached ${m.cached}, computed ${m.computed}`),
  ];
}
