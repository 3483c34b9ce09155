import type ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readWorkbook } from '../fixtures/workbooks';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { roadmapCentre } from './roadmap-centre';
import { madeBytes } from '../helpers/made-file';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
  await t.must('centre:save', { name: 'Sentra IKM Tanggulangin', cooperativeName: 'Koperasi INTAKO', district: 'Tanggulangin', regency: 'Sidoarjo' });
  // UA, UB (dormant from June 2025), UC (from March 2024), A-3 (left in 2025).
  await roadmapCentre(t);
  await t.must('members:save', { memberNo: 'A-4', name: '=HYPERLINK("x")', nik: '3515061234567890', gender: 'P', village: 'Kludan', district: 'Tanggulangin', joinedOn: '2026-02-01', status: 'non-aktif' });
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

describe('the members-and-units report', () => {
  it('reads the registry as it stood at the end of the period', async () => {
    const end2024 = await t.must('reports:registry', { from: '2024-01', to: '2024-12' });
    expect(end2024.asOf).toBe('2024-12-31');
    expect(end2024.members.map((m) => [m.memberNo, m.status])).toEqual([['A-1', 'aktif'], ['A-2', 'aktif'], ['A-3', 'aktif']]);
    expect(end2024.units.map((u) => [u.unitCode, u.isActive])).toEqual([['UA', true], ['UB', true], ['UC', true]]);
    expect(end2024.summary).toMatchObject({ members: 3, activeMembers: 3, units: 3, activeUnits: 3, workers: 24, monthlyCapacity: 1200 });
    // Before UC was registered.
    expect((await t.must('reports:registry', { from: '2022-01', to: '2022-12' })).units.map((u) => u.unitCode)).toEqual(['UA', 'UB']);
    const now = await t.must('reports:registry', { from: '2026-01', to: '2026-11' });
    expect(now.asOf).toBe('2026-11-23');
    expect(now.membersByStatus).toEqual({ aktif: 2, 'non-aktif': 1, keluar: 1 });
    expect(now.membersByGender).toEqual({ L: 0, P: 1, unknown: 2 });
    expect(now.dormantUnits).toBe(1);
  });

  it('writes the summary as live counts over the two lists, with the lists in the government layout', async () => {
    const file = await t.must('files:report', { name: 'registry', from: '2026-01', to: '2026-11' });
    expect(file.fileName).toBe('anggota-unit-usaha-2026-01-2026-11.xlsx');
    const bytes = madeBytes(file);
    if (process.env.REGISTRY_WORKBOOK_OUT) writeFileSync(process.env.REGISTRY_WORKBOOK_OUT, bytes);
    const workbook = await readWorkbook(bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Ringkasan', 'Anggota', 'Unit Usaha']);

    const members = sheetNamed(workbook, 'Anggota');
    const header = rowWith(members, 'No.');
    expect(header.values).toEqual([
      undefined, 'No.', 'No. Anggota', 'Nama Anggota', 'NIK KTP', 'Jenis Kelamin', 'Alamat', 'Desa/Kelurahan', 'Kecamatan', 'Tanggal Masuk', 'Status',
    ]);
    const a4 = rowWith(members, 'A-4', 2);
    // NIK as text (16 digits kept), user text never a formula, dates as dates.
    expect([a4.getCell(3).value, a4.getCell(4).value, a4.getCell(4).numFmt, a4.getCell(5).value, a4.getCell(9).value, a4.getCell(10).value]).toEqual([
      '=HYPERLINK("x")', '3515061234567890', '@', 'P', new Date(Date.UTC(2026, 1, 1)), 'non-aktif',
    ]);
    expect(rowWith(members, 'A-3', 2).getCell(10).value).toBe('keluar');
    const memberTotal = members.getRow(header.number + 5);
    expect(memberTotal.getCell(1).value).toBe('Jumlah');
    expect(memberTotal.getCell(3).value).toMatchObject({ formula: `SUBTOTAL(3,C${header.number + 1}:C${header.number + 4})`, result: 4 });
    expect(members.views[0]).toMatchObject({ state: 'frozen', ySplit: header.number, xSplit: 3 });
    expect(members.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${header.number}:${header.number}` });
    expect(members.getCell('A1').value).toBe('Koperasi INTAKO');

    const units = sheetNamed(workbook, 'Unit Usaha');
    const unitHeader = rowWith(units, 'No.');
    expect(unitHeader.values).toEqual([
      undefined, 'No.', 'Kode Unit', 'Nama Usaha', 'Pemilik', 'NIB', 'KBLI', 'Jenis Produk', 'Tenaga Kerja', 'Kapasitas (pcs/bulan)', 'Mutu', 'Aktif/Dorman',
    ]);
    expect(rowWith(units, 'UB', 2).getCell(11).value).toBe('Dorman');
    const unitTotal = units.getRow(unitHeader.number + 4);
    expect(unitTotal.getCell(8).value).toMatchObject({ formula: `SUBTOTAL(9,H${unitHeader.number + 1}:H${unitHeader.number + 3})`, result: 24 });
    expect(units.autoFilter).toBe(`A${unitHeader.number}:K${unitHeader.number + 3}`);

    const summary = sheetNamed(workbook, 'Ringkasan');
    const first = unitHeader.number + 1;
    const last = unitHeader.number + 3;
    const m = (column: string) => `'Anggota'!$${column}$${header.number + 1}:$${column}$${header.number + 4}`;
    const u = (column: string) => `'Unit Usaha'!$${column}$${first}:$${column}$${last}`;
    const figure = (label: string) => rowWith(summary, label).getCell(2).value;
    expect(figure('Anggota aktif')).toEqual({ formula: `COUNTIF(${m('J')},"aktif")`, result: 2 });
    expect(figure('Anggota non-aktif')).toEqual({ formula: `COUNTIF(${m('J')},"non-aktif")`, result: 1 });
    expect(figure('Jumlah anggota (aktif + non-aktif)')).toEqual({ formula: `COUNTA(${m('J')})-COUNTIF(${m('J')},"keluar")`, result: 3 });
    expect(figure('Anggota keluar')).toEqual({ formula: `COUNTIF(${m('J')},"keluar")`, result: 1 });
    expect(figure('Anggota perempuan')).toEqual({ formula: `COUNTIFS(${m('E')},"P",${m('J')},"<>"&"keluar")`, result: 1 });
    expect(figure('Unit usaha aktif')).toEqual({ formula: `COUNTIF(${u('K')},"Aktif")`, result: 2 });
    expect(figure('Unit usaha dorman')).toEqual({ formula: `COUNTIF(${u('K')},"Dorman")`, result: 1 });
    expect(figure('Tenaga kerja (unit aktif)')).toEqual({ formula: `SUMIF(${u('K')},"Aktif",${u('H')})`, result: 18 });
    expect(figure('Kapasitas produksi unit aktif (pcs/bulan)')).toEqual({ formula: `SUMIF(${u('K')},"Aktif",${u('I')})`, result: 900 });
    expect(rowWith(summary, 'Tenaga kerja (unit aktif)').getCell(2).numFmt).toBe('#,##0');
    expect(summary.headerFooter.oddFooter).toContain('&P / &N');
  });

  it('says so where nobody was registered yet, instead of counting zeros', async () => {
    const file = await t.must('files:report', { name: 'registry', from: '2021-01', to: '2021-12' });
    const workbook = await readWorkbook(madeBytes(file));
    const summary = sheetNamed(workbook, 'Ringkasan');
    expect(rowWith(summary, 'Jumlah anggota (aktif + non-aktif)').getCell(2).value).toBe('Belum ada anggota tercatat per 31/12/2021.');
    expect(rowWith(summary, 'Jumlah unit usaha').getCell(2).value).toBe('Belum ada unit usaha tercatat per 31/12/2021.');
    expect(rowWith(sheetNamed(workbook, 'Anggota'), 'Belum ada anggota tercatat per 31/12/2021.')).toBeDefined();
  });
});
