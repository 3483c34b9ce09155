import { afterEach, describe, expect, it } from 'vitest';
import { arrangeCentre, openSession, type Session } from './harness';
import { memberWorkbook } from './workbooks';

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

    await page.goto(session.url('#/members'));
    await page.getByTestId('members-count').filter({ hasText: '0 anggota' }).waitFor();
    await page.getByTestId('toolbar-import').click();
    await page.getByTestId('import-file').setInputFiles({ name: 'anggota-2026.xlsx', mimeType: XLSX, buffer: workbook });

    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-header-row').textContent()).toBe('baris 4');
    expect(await page.getByTestId('import-total').textContent()).toBe('4');
    expect(await page.getByTestId('import-valid').textContent()).toBe('3');
    expect(await page.getByTestId('import-columns').textContent()).toContain('Nama Lengkap');
    expect(await page.getByTestId('import-ignored').textContent()).toContain('Simpanan Pokok');

    const problems = page.getByTestId('import-problem-row');
    expect(await problems.count()).toBe(1);
    const cells = await problems.first().locator('td').allTextContents();
    expect(cells[0]).toBe('6');
    expect(cells[1]).toBe('NIK KTP');
    expect(cells[3]).toContain('15 digit');

    expect(await page.getByTestId('import-save-all').isDisabled()).toBe(true);
    await page.getByTestId('import-save-valid').click();
    await page.getByTestId('import-saved').filter({ hasText: '3 baris disimpan' }).waitFor();
    await page.getByTestId('import-close').click();

    const grid = page.getByTestId('members-grid');
    for (const name of ['Wahyu Santoso', 'Bambang Prakoso', 'Sri Lestari']) await grid.getByText(name, { exact: true }).waitFor();
    await page.getByTestId('members-count').filter({ hasText: '3 anggota' }).waitFor();
    expect(await grid.getByText('Lilik Rahayu').count()).toBe(0);
    expect(session.problems).toEqual([]);
  });

  it('says clearly when the file is not an Excel workbook', async () => {
    session = await openSession({ arrange: arrangeCentre });
    const { page } = session;
    await page.goto(session.url('#/members'));
    await page.getByTestId('toolbar-import').click();
    await page.getByTestId('import-file').setInputFiles({ name: 'daftar.xlsx', mimeType: XLSX, buffer: Buffer.from('bukan excel') });
    const error = page.getByTestId('import-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('daftar.xlsx');
    expect(await page.getByTestId('import-save-all').count()).toBe(0);
    expect(session.problems).toEqual([]);
  });
});
