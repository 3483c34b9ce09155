import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSession, pdfPageCount, type Session } from './harness';

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
    await page.goto(session.url('#/members'));
    await page.getByTestId('members-count').filter({ hasText: '276 anggota' }).waitFor();
    await page.getByTestId('toolbar-print').click();

    await page.getByTestId('signature-block').waitFor();
    expect(await page.getByTestId('letterhead-name').textContent()).toContain('INTAKO');
    expect(await page.getByTestId('print-title').textContent()).toBe('DAFTAR ANGGOTA');
    expect(await page.getByTestId('print-date').textContent()).toBe('per tanggal 23 November 2026');
    expect(await page.getByTestId('print-table').locator('tbody tr').count()).toBe(276);
    expect(await page.getByTestId('print-totals').textContent()).toContain('Jumlah: 276 anggota');
    const signatures = await page.getByTestId('signature-block').textContent();
    expect(signatures).toContain('Sidoarjo, 23 November 2026');
    expect(signatures).toContain('Ketua');

    folder = mkdtempSync(join(tmpdir(), 'sentra-print-'));
    const file = join(folder, 'daftar-anggota.pdf');
    await page.pdf({ path: file, format: 'A4' });
    const pages = pdfPageCount(readFileSync(file));
    expect(pages).toBeGreaterThan(1);

    await page.getByTestId('print-back').click();
    await page.getByTestId('members-grid').waitFor();
    expect(session.problems).toEqual([]);
  });
});
