import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSession, pdfPageCount, type Session } from './harness';
import { membersScreen } from './pages/members';
import { printView } from './pages/print';
import { toolbar } from './pages/shell';

describe('print view of the members list', () => {
  let session: Session | null = null;
  let folder: string | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
    if (folder) rmSync(folder, { recursive: true, force: true });
    folder = null;
  });

  it('prints the letterhead, all 276 demo members and the signatures on several A4 pages', async () => {
    session = await openSession({ demo: true });
    const { page } = session;
    await membersScreen(page).open(session);
    await membersScreen(page).countShows('276 anggota');
    await toolbar(page).print.click();

    await printView(page).signatureBlock.waitFor();
    expect(await printView(page).letterheadName.textContent()).toContain('INTAKO');
    expect(await printView(page).title.textContent()).toBe('DAFTAR ANGGOTA');
    expect(await printView(page).date.textContent()).toBe('per tanggal 23 November 2026');
    expect(await printView(page).table.locator('tbody tr').count()).toBe(276);
    expect(await printView(page).totals.textContent()).toContain('Jumlah: 276 anggota');
    const signatures = await printView(page).signatureBlock.textContent();
    expect(signatures).toContain('Sidoarjo, 23 November 2026');
    expect(signatures).toContain('Ketua');

    folder = mkdtempSync(join(tmpdir(), 'sentra-print-'));
    const file = join(folder, 'daftar-anggota.pdf');
    await page.pdf({ path: file, format: 'A4' });
    const pages = pdfPageCount(readFileSync(file));
    expect(pages).toBeGreaterThan(1);

    await printView(page).back.click();
    await membersScreen(page).grid.waitFor();
    expect(session.problems).toEqual([]);
  });
});
