import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { centreDayOf, formatDateId } from '../../shared/dates';
import { openSession, pdfPageCount, type Session } from './harness';
import { planScreen } from './pages/plan';
import { planSheet } from './pages/plan-print';
import { printView } from './pages/print';
import { notice } from './pages/shell';

const OPEN = ['planned', 'issued', 'in-progress'];
const id = (value: number) => value.toLocaleString('id-ID');

/** The first page's MediaBox: [x0 y0 x1 y1] in points. */
function firstMediaBox(bytes: Buffer): number[] {
  const match = /\/MediaBox\s*\[\s*([\d.\s-]+)\]/.exec(bytes.toString('latin1'));
  return match ? match[1].trim().split(/\s+/).map(Number) : [];
}

describe('printed production plan', () => {
  let session: Session | null = null;
  let folder: string | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
    if (folder) rmSync(folder, { recursive: true, force: true });
    folder = null;
  });

  it('prints the plan of the demo as the screen shows it: the same figures, the open SPKs by workshop with subtotals, on A4 landscape', async () => {
    session = await openSession({ demo: true });
    const { page, backend } = session;
    await planScreen(page).open(session);
    await planScreen(page).none.waitFor();
    expect(await planScreen(page).print.isDisabled()).toBe(true);
    await planScreen(page).run.click();
    await notice(page).says('Rencana disusun ulang per 23/11/2026');
    // The SPK tile has its count once the SPKs are loaded again.
    await planScreen(page).assignments.locator('.count-value').filter({ hasText: /^\d/ }).waitFor();
    const screen: Record<string, string | null> = {};
    for (const key of ['lines', 'assignments', 'late', 'purchases']) {
      screen[`${key}.value`] = await planScreen(page).figure(key).locator('.count-value').textContent();
      screen[`${key}.label`] = await planScreen(page).figure(key).locator('.count-label').textContent();
    }
    const fairness = await planScreen(page).fairness.textContent();
    const runAt = await planScreen(page).runAt.textContent();

    await planScreen(page).print.click();
    await printView(page).signatureBlock.waitFor();
    expect(await printView(page).title.textContent()).toBe('RENCANA PRODUKSI');
    expect(await printView(page).date.textContent()).toBe('per tanggal 23 November 2026');
    expect(await printView(page).letterheadName.textContent()).toContain('INTAKO');
    expect(await page.locator('.print-note').first().textContent()).toBe(runAt);
    // Made today by the wall clock (the test fixes the plan's day, not the clock), in the centre's day.
    const made = await backend.must('plan:last', {});
    expect(runAt).toBe(`Rencana per 23/11/2026, disusun ${formatDateId(centreDayOf(made?.runAt ?? ''))}`);
    expect(await planSheet(page).fairness.textContent()).toBe(fairness);
    for (const key of ['lines', 'assignments', 'late', 'purchases']) {
      const tile = planSheet(page).tile(key);
      expect(await tile.locator('.print-headline-value').textContent()).toBe(screen[`${key}.value`]);
      expect(await tile.locator('.print-headline-label').textContent()).toBe(screen[`${key}.label`]);
    }

    // Every open SPK once, under its workshop; the grand total is the SPK tile's.
    const open = (await backend.must('plan:assignments', { limit: 10_000 })).filter((spk) => OPEN.includes(spk.status));
    const byUnit = new Map<string, typeof open>();
    for (const spk of open) byUnit.set(spk.unitCode, [...(byUnit.get(spk.unitCode) ?? []), spk]);
    expect(await planSheet(page).spk.count()).toBe(open.length);
    expect(await planSheet(page).unit.count()).toBe(byUnit.size);
    const total = planSheet(page).total;
    expect(await total.locator('td').first().textContent()).toBe(`Jumlah: ${screen['assignments.value']} SPK terbuka di ${id(byUnit.size)} unit usaha`);
    expect(await planSheet(page).totalQty.textContent()).toBe(id(open.reduce((sum, spk) => sum + spk.qty, 0)));

    // A workshop with more than one SPK: its heading, its rows and its subtotal of pieces and hours.
    const [unitCode, spks] = [...byUnit].find(([, list]) => list.length > 1 && list.some((spk) => spk.minutes > 0)) ?? ['', []];
    expect(spks.length).toBeGreaterThan(1);
    const [first] = spks;
    const block = planSheet(page).unitOf(unitCode);
    const heading = await planSheet(block).subtotal.locator('td').first().textContent();
    expect(heading).toBe(`${unitCode} — ${first.unitName} · ${first.memberNo ? `anggota ${first.memberNo}` : 'bukan anggota'} · jumlah ${spks.length} SPK`);
    expect(await planSheet(block).subtotalQty.textContent()).toBe(id(spks.reduce((sum, spk) => sum + spk.qty, 0)));
    expect(await planSheet(block).subtotalHours.textContent()).toBe(id(Math.round(spks.reduce((sum, spk) => sum + spk.minutes, 0) / 60)));
    const rows = planSheet(block).spk;
    expect(await rows.count()).toBe(spks.length);
    const products = await backend.must('products:list', {});
    for (const spk of spks) {
      const cells = await rows.filter({ hasText: spk.orderNo }).filter({ hasText: spk.sku }).first().locator('td').allTextContents();
      expect(cells.slice(0, 6)).toEqual([
        spk.spkNo ?? 'belum terbit',
        spk.orderNo,
        spk.sku,
        products.find((product) => product.sku === spk.sku)?.name,
        id(spk.qty),
        spk.minutes > 0 ? id(Math.round(spk.minutes / 60)) : '—',
      ]);
      expect(cells[8]).toMatch(/% dari pesanan/);
    }

    // The late lines and the list to buy, as the plan's tabs have them.
    const last = await backend.must('plan:last', {});
    const toBuy = await backend.must('purchases:toBuy', {});
    expect(last?.late.length ?? 0).toBeGreaterThan(0);
    expect(await planSheet(page).late.locator('tbody tr').count()).toBe(last?.late.length);
    expect(await planSheet(page).supplier.count()).toBe(toBuy?.suppliers.length);

    folder = mkdtempSync(join(tmpdir(), 'sentra-plan-print-'));
    const file = join(folder, 'rencana-produksi.pdf');
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    const bytes = readFileSync(file);
    expect(pdfPageCount(bytes)).toBeGreaterThanOrEqual(1);
    // A4 landscape: 842 × 595 points.
    const [, , width, height] = firstMediaBox(bytes);
    expect(Math.round(width)).toBe(842);
    expect(Math.round(height)).toBe(595);

    await printView(page).back.click();
    await planScreen(page).summary.waitFor();
    expect(session.problems).toEqual([]);
  });
});
