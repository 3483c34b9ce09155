import { afterEach, describe, expect, it } from 'vitest';
import { arrangeCentre, openSession, type Session } from './harness';
import { memberWorkbook } from './workbooks';
import { importWizard } from './pages/import';
import { membersScreen } from './pages/members';
import { toolbar } from './pages/shell';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('import members from Excel through the screen', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('names the bad row by its Excel row and column, then saves the valid rows only', async () => {
    session = await openSession({ arrange: arrangeCentre });
    const { page } = session;
    // Title, date and an empty row above the header (row 4): data rows start at Excel row 5.
    const workbook = await memberWorkbook([
      { no: 1, memberNo: 'IMP-001', name: 'Wahyu Santoso', nik: '3515061203800001', phone: '081234500001', joinedOn: '05/01/2026' },
      { no: 2, memberNo: 'IMP-002', name: 'Lilik Rahayu', nik: '351506120380002', phone: '+62 812 3450 0002', joinedOn: '06/01/2026' },
      { no: 3, memberNo: 'IMP-003', name: 'Bambang Prakoso', nik: '3515061203800003', phone: '81234500003', joinedOn: '07/01/2026' },
      { no: 4, memberNo: 'IMP-004', name: 'Sri Lestari', nik: '3515061203800004', phone: '081234500004', joinedOn: '08/01/2026' },
    ]);

    await membersScreen(page).open(session);
    await membersScreen(page).countShows('0 anggota');
    await toolbar(page).import.click();
    await importWizard(page).file.setInputFiles({ name: 'anggota-2026.xlsx', mimeType: XLSX, buffer: workbook });

    await importWizard(page).preview.waitFor();
    expect(await importWizard(page).headerRow.textContent()).toBe('baris 4');
    expect(await importWizard(page).total.textContent()).toBe('4');
    expect(await importWizard(page).valid.textContent()).toBe('3');
    expect(await importWizard(page).columns.textContent()).toContain('Nama Lengkap');
    expect(await importWizard(page).ignored.textContent()).toContain('Simpanan Pokok');

    const problems = importWizard(page).problemRow;
    expect(await problems.count()).toBe(1);
    const cells = await problems.first().locator('td').allTextContents();
    expect(cells[0]).toBe('6');
    expect(cells[1]).toBe('NIK KTP');
    expect(cells[3]).toContain('15 digit');

    expect(await importWizard(page).saveAll.isDisabled()).toBe(true);
    await importWizard(page).saveValid.click();
    await importWizard(page).saved.filter({ hasText: '3 baris disimpan' }).waitFor();
    await importWizard(page).close.click();

    const grid = membersScreen(page).grid;
    for (const name of ['Wahyu Santoso', 'Bambang Prakoso', 'Sri Lestari']) await grid.getByText(name, { exact: true }).waitFor();
    await membersScreen(page).countShows('3 anggota');
    expect(await grid.getByText('Lilik Rahayu').count()).toBe(0);
    expect(session.problems).toEqual([]);
  });

  it('says clearly when the file is not an Excel workbook', async () => {
    session = await openSession({ arrange: arrangeCentre });
    const { page } = session;
    await membersScreen(page).open(session);
    await toolbar(page).import.click();
    await importWizard(page).file.setInputFiles({ name: 'daftar.xlsx', mimeType: XLSX, buffer: Buffer.from('bukan excel') });
    const error = importWizard(page).error;
    await error.waitFor();
    expect(await error.textContent()).toContain('daftar.xlsx');
    expect(await importWizard(page).saveAll.count()).toBe(0);
    expect(session.problems).toEqual([]);
  });
});
