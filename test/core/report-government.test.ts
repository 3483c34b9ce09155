import type ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workshopCentre } from '../api/production-centre';
import { readWorkbook } from '../fixtures/workbooks';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { madeBytes } from '../helpers/made-file';

/**
 * The workshop centre (today 31 December 2026): UA, UB, UC active with 6 workers each and 520,
 * 520 and 1.040 pcs a month, UX dormant; UA handed in 40 bags (2 rejected), UB 10, at Rp100.000;
 * leather (Rp45.000/sqft) and thread (Rp20/m) issued to UA and UB, some thread returned.
 */
let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-12-31' });
  const ids = await workshopCentre(t);
  await t.must('deliveries:record', { assignmentId: ids.ua, deliveredOn: '2026-12-01', accepted: 38, rejected: 2 });
  await t.must('deliveries:record', { assignmentId: ids.ub, deliveredOn: '2026-12-02', accepted: 10, rejected: 0 });
  await t.must('exports:save', { year: 2026, month: 3, country: 'US', category: 'tas', hsCode: '4202.21', fobUsdCents: 250_000 });
  t.app.db.prepare("UPDATE business_unit SET kbli = '15121' WHERE unit_code IN ('UA', 'UB')").run();
});
afterEach(() => t.close());

function sheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

function rowWith(sheet: ExcelJS.Worksheet, text: string, column = 1): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (!found && row.getCell(column).value === text) found = row;
  });
  if (!found) throw new Error(`no row ${text} in ${sheet.name}`);
  return found;
}

describe('the government profile', () => {
  it('takes production from delivered work, raw materials from the ledger and exports from the export facts', async () => {
    const report = await t.must('reports:government', { from: '2026-01', to: '2026-12' });
    expect(report.period).toMatchObject({ from: '2026-01', to: '2026-12' });
    expect(report.summary).toMatchObject({ units: 4, activeUnits: 3, workers: 18, monthlyCapacity: 2080 });
    // Only December has deliveries: capacity is its four weeks (Mondays 7–28) of 120 + 120 + 240 pieces offered.
    expect([report.producedQty, report.productionValueIdr, report.installedCapacity, report.utilisationPct]).toEqual([50, 4_800_000, 4 * 480, 2.6]);
    expect(report.figures.missingMonths).toHaveLength(11);
    expect(report.materials).toEqual([
      { category: 'benang', uom: 'm', qty: 4900, valueIdr: 98_000 },
      { category: 'kulit', uom: 'sqft', qty: 120, valueIdr: 5_400_000 },
    ]);
    expect([report.materialValueIdr, report.exportUsdCents, report.exportMonths, report.exportCountries]).toEqual([5_498_000, 250_000, 1, ['US']]);
    expect(report.kbli).toEqual([{ code: '15121', units: 2 }]);
    // The units without a KBLI are counted and named (the e-Smart IKM form asks it of every unit).
    expect(report.completeness.find((entry) => entry.field === 'kbli')).toEqual({ field: 'kbli', units: 2, unitCodes: ['UC', 'UX'] });
    expect(report.units.find((line) => line.unit.unitCode === 'UC')?.missingFields).toContain('kbli');
    expect(report.units.map((u) => [u.unit.unitCode, u.producedQty, u.acceptedQty, u.productionValueIdr, u.materialValueIdr])).toEqual([
      ['UA', 40, 38, 3_800_000, 4_590_000], ['UB', 10, 10, 1_000_000, 908_000], ['UC', null, null, null, null], ['UX', null, null, null, null],
    ]);
    // Before any delivery or issue the figures are unknown, not zero.
    const early = await t.must('reports:government', { from: '2026-01', to: '2026-10' });
    expect([early.producedQty, early.productionValueIdr, early.utilisationPct, early.materialValueIdr, early.exportUsdCents]).toEqual([null, null, null, null, 250_000]);
  });

  it('writes the sentra profile over the per-unit sheet with live sums, and lists what the app does not keep', async () => {
    const file = await t.must('files:report', { name: 'government', from: '2026-01', to: '2026-12' });
    expect(file.fileName).toBe('profil-sentra-2026-01-2026-12.xlsx');
    const bytes = madeBytes(file);
    if (process.env.GOVERNMENT_WORKBOOK_OUT) writeFileSync(process.env.GOVERNMENT_WORKBOOK_OUT, bytes);
    const workbook = await readWorkbook(bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Profil Sentra', 'Unit Usaha']);

    const units = sheetNamed(workbook, 'Unit Usaha');
    const header = rowWith(units, 'No.');
    expect(header.values).toEqual([
      undefined, 'No.', 'Kode Unit', 'Nama Usaha', 'Pemilik', 'NIB', 'KBLI', 'Alamat', 'Desa/Kelurahan', 'Jenis Produk', 'Tenaga Kerja', 'Kapasitas (pcs/bulan)',
      'Kapasitas ditawarkan, 1 bulan berdata (pcs)', 'Produksi diserahkan (pcs)', 'Lolos QC (pcs)', 'Utilisasi', 'Nilai produksi (Rp)', 'Bahan baku dipakai (Rp)', 'Mutu', 'Aktif/Dorman',
      'Data unit belum lengkap',
    ]);
    const ua = rowWith(units, 'UA', 2);
    expect(ua.getCell(12).value).toBe(480);
    expect([13, 14, 16, 17].map((c) => ua.getCell(c).value)).toEqual([40, 38, 3_800_000, 4_590_000]);
    expect(ua.getCell(15).formula).toBe(`IF(L${ua.number}=0,"",M${ua.number}/L${ua.number})`);
    expect(Number(ua.getCell(15).result)).toBeCloseTo(40 / 480, 8);
    expect(ua.getCell(15).numFmt).toBe('0.00%');
    // A unit without deliveries has blank production, not zero.
    expect([13, 16].map((c) => rowWith(units, 'UC', 2).getCell(c).value)).toEqual([null, null]);
    expect(units.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1 });

    const profile = sheetNamed(workbook, 'Profil Sentra');
    const range = (column: string) => `'Unit Usaha'!$${column}$${header.number + 1}:$${column}$${header.number + 4}`;
    const value = (label: string) => rowWith(profile, label).getCell(2).value;
    expect(value('Jumlah unit usaha')).toEqual({ formula: `COUNTA(${range('B')})`, result: 4 });
    expect(value('Tenaga kerja')).toEqual({ formula: `SUMIF(${range('S')},"Aktif",${range('J')})`, result: 18 });
    expect(value('Kapasitas ditawarkan ke koperasi dalam periode')).toEqual({ formula: `SUM(${range('L')})`, result: 1920 });
    expect(value('Produksi (diserahkan unit usaha)')).toEqual({ formula: `SUM(${range('M')})`, result: 50 });
    expect(value('Nilai produksi')).toEqual({ formula: `SUM(${range('P')})`, result: 4_800_000 });
    const used = rowWith(profile, 'Kapasitas terpakai (utilisasi)');
    expect(Number(used.getCell(2).result)).toBeCloseTo(0.026, 6);
    expect(used.getCell(4).value).toContain('Januari 2026');
    const leather = rowWith(profile, 'Kulit');
    expect([leather.getCell(2).value, leather.getCell(3).value, leather.getCell(4).value]).toEqual([5_400_000, 'Rp', '120 kaki persegi']);
    const materials = rowWith(profile, 'Jumlah nilai bahan baku');
    expect(materials.getCell(2).value).toEqual({ formula: `SUM(B${leather.number - 1}:B${leather.number})`, result: 5_498_000 });
    expect(value('Nilai ekspor (FOB)')).toBe(2500);
    expect(value('Negara tujuan ekspor')).toBe('Amerika Serikat');
    expect(value('KBLI')).toBe('15121 (2 unit)');
    expect(rowWith(profile, 'Tas').getCell(2).value).toBe('4202.21');
    expect(value('Nilai investasi (di luar tanah dan bangunan)')).toBe('belum dicatat di aplikasi');
    expect(value('Kode wilayah Kemendagri (provinsi, kabupaten, kecamatan, desa)')).toBe('belum dicatat di aplikasi');
    expect(value('Provinsi')).toBe('belum ada data');
    expect(profile.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1 });
  });
});
