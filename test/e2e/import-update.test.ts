import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { arrangeCentre, openSession, type Session } from './harness';
import { importWizard } from './pages/import';
import { membersScreen } from './pages/members';
import { toolbar } from './pages/shell';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The header row of an exported list and a column by its header. */
function find(sheet: ExcelJS.Worksheet, header: string): { row: number; column: number } {
  for (let row = 1; row <= 10; row++) {
    const cells = sheet.getRow(row);
    for (let column = 1; column <= cells.cellCount; column++) if (cells.getCell(column).value === header) return { row, column };
  }
  throw new Error(`no header ${header}`);
}

describe('the office round: export members, change phones and statuses in Excel, import as update', () => {
  let session: Session | null = null;
  let folder: string | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
    if (folder) rmSync(folder, { recursive: true, force: true });
    folder = null;
  });

  it('shows new / changed / unchanged / errors and the changed cells, hands over the error list, saves the valid rows', async () => {
    session = await openSession({
      async arrange(backend) {
        await arrangeCentre(backend);
        await backend.must('members:save', { memberNo: 'INT-0001', name: 'Mukhlis', phone: '081200000001', status: 'aktif' });
        await backend.must('members:save', { memberNo: 'INT-0002', name: 'Purwati Rohmah', phone: '081200000002', status: 'aktif' });
        await backend.must('members:save', { memberNo: 'INT-0003', name: 'Slamet Riyadi', phone: '081200000003', status: 'aktif' });
        await backend.must('members:save', { memberNo: 'INT-0004', name: 'Endang Susilowati', phone: '081200000004', status: 'aktif' });
      },
    });
    const { page } = session;
    folder = mkdtempSync(join(tmpdir(), 'sentra-upd-e2e-'));
    await membersScreen(page).open(session);
    await membersScreen(page).countShows('4 anggota');
    const [exported] = await Promise.all([page.waitForEvent('download'), toolbar(page).export.click()]);
    const exportedFile = join(folder, 'anggota.xlsx');
    await exported.saveAs(exportedFile);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(exportedFile);
    const sheet = workbook.worksheets[0];
    const number = find(sheet, 'No. Anggota');
    const phone = find(sheet, 'No. HP').column;
    const status = find(sheet, 'Status').column;
    const rowOf = (memberNo: string) => {
      for (let row = number.row + 1; row <= sheet.rowCount; row++) if (sheet.getRow(row).getCell(number.column).value === memberNo) return row;
      throw new Error(memberNo);
    };
    sheet.getRow(rowOf('INT-0001')).getCell(phone).value = '081299990001';
    sheet.getRow(rowOf('INT-0002')).getCell(status).value = 'keluar';
    sheet.getRow(rowOf('INT-0003')).getCell(phone).value = 'belum ada';
    const newRow = sheet.getRow(rowOf('INT-0004') + 1);
    newRow.getCell(number.column).value = 'INT-0005';
    newRow.getCell(number.column + 1).value = 'Agus Salim';
    newRow.commit();
    const edited = Buffer.from(await workbook.xlsx.writeBuffer());

    await toolbar(page).import.click();
    await importWizard(page).updateMode.check();
    await importWizard(page).file.setInputFiles({ name: 'anggota-koreksi.xlsx', mimeType: XLSX, buffer: edited });
    await importWizard(page).updateCounts.waitFor();
    expect(await importWizard(page).updateNew.textContent()).toBe('1');
    expect(await importWizard(page).updateChanged.textContent()).toBe('2');
    expect(await importWizard(page).updateUnchanged.textContent()).toBe('1');
    expect(await importWizard(page).updateErrors.textContent()).toBe('1');
    const changes = await importWizard(page).changeRow.allTextContents();
    expect(changes).toHaveLength(3);
    expect(changes[0]).toContain('No. HP: 081200000001 → 081299990001');
    expect(changes[1]).toContain('Status: aktif → keluar');
    expect(changes[2]).toContain('INT-0005');
    expect(changes[2]).toContain('baru');

    const [errorList] = await Promise.all([page.waitForEvent('download'), importWizard(page).errorsDownload.click()]);
    expect(errorList.suggestedFilename()).toBe('anggota-koreksi-daftar-error.xlsx');
    const errorFile = join(folder, 'errors.xlsx');
    await errorList.saveAs(errorFile);
    const errors = new ExcelJS.Workbook();
    await errors.xlsx.readFile(errorFile);
    const errorRow = errors.worksheets[0].getRow(number.row + 1);
    expect(errorRow.getCell(number.column).value).toBe('INT-0003');
    expect(errorRow.getCell(phone).value).toBe('belum ada');
    expect(String(errorRow.getCell(status + 1).value)).toContain(`baris ${rowOf('INT-0003')} · No. HP:`);

    await importWizard(page).saveValid.click();
    await importWizard(page).saved.filter({ hasText: '1 baris baru disimpan, 2 diperbarui, 1 tidak berubah.' }).waitFor();
    await importWizard(page).close.click();
    await membersScreen(page).countShows('5 anggota');
    const members = await session.backend.must('members:list', {});
    expect(members.map((m) => [m.memberNo, m.phone, m.status])).toEqual([
      ['INT-0001', '081299990001', 'aktif'],
      ['INT-0002', '081200000002', 'keluar'],
      ['INT-0003', '081200000003', 'aktif'],
      ['INT-0004', '081200000004', 'aktif'],
      ['INT-0005', null, 'aktif'],
    ]);
    expect(session.problems).toEqual([]);
  });
});
