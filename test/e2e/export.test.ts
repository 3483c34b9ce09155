import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { arrangeCentre, openSession, type Session } from './harness';
import { membersScreen } from './pages/members';
import { notice, toolbar } from './pages/shell';

describe('Excel out of the registry screens', () => {
  let session: Session | null = null;
  let folder: string | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
    if (folder) rmSync(folder, { recursive: true, force: true });
    folder = null;
  });

  it('downloads the members workbook from "Ekspor Excel"', async () => {
    session = await openSession({
      async arrange(backend) {
        await arrangeCentre(backend);
        await backend.must('members:save', { memberNo: 'INT-0001', name: 'Mukhlis', nik: '3515062002490002', status: 'aktif' });
        await backend.must('members:save', { memberNo: 'INT-0002', name: 'Purwati Rohmah', status: 'keluar' });
      },
    });
    const { page } = session;
    await membersScreen(page).open(session);
    await membersScreen(page).countShows('2 anggota');

    const [download] = await Promise.all([page.waitForEvent('download'), toolbar(page).export.click()]);
    expect(download.suggestedFilename()).toBe('anggota-2026-11-23.xlsx');
    folder = mkdtempSync(join(tmpdir(), 'sentra-export-'));
    const file = join(folder, download.suggestedFilename());
    await download.saveAs(file);
    await notice(page).says('anggota-2026-11-23.xlsx');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const cells: string[] = [];
    workbook.worksheets[0].eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text))));
    expect(cells).toContain('Mukhlis');
    expect(cells).toContain('3515062002490002');
    expect(cells).toContain('Purwati Rohmah');
    expect(session.problems).toEqual([]);
  });
});
