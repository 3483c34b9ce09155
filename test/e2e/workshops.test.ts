import ExcelJS, { type CellFormulaValue } from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { AssignmentRow } from '../../shared/api/planning';
import { formatMoney } from '../../shared/money';
import { openSession, pdfPageCount, type Session } from './harness';
import { materialsScreen } from './pages/materials';
import { assignmentsView, planScreen } from './pages/plan';
import { printView } from './pages/print';
import { paySlip, payStatement } from './pages/sheets';
import { notice, period } from './pages/shell';
import { advanceForm, deliveriesView, deliveryForm, payView, workshopsScreen } from './pages/workshops';
import { cell, rowById, rows } from './pages/kit';

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };
const rupiah = (amount: number) => formatMoney(amount, 'IDR', 'id');

/** The SPK's row in the plan's SPK view, found through the search box so that it is on screen. */
async function selectSpk(page: Page, spk: AssignmentRow) {
  await assignmentsView(page).search.fill(spk.orderNo);
  const row = rowById(assignmentsView(page).grid, spk.id);
  await cell(row, 'orderNo').click();
  return row;
}

describe('deliveries and piece-rate pay', () => {
  let session: Session | null = null;
  let folder: string | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
    if (folder) rmSync(folder, { recursive: true, force: true });
    folder = null;
  });

  it('issues an SPK, records a delivery with rejects, pays it on the statement less an advance, prints the slip and exports', async () => {
    session = await openSession({
      demo: true,
      async arrange(backend) {
        await backend.must('plan:run', {});
      },
    });
    const { page, backend } = session;
    // An SPK the plan just placed (the demo's year of issued and finished work comes before them by date),
    // at a workshop that has handed nothing in this month, so that the month's statement is this SPK's alone.
    const busy = new Set((await backend.must('deliveries:list', NOVEMBER)).map((delivery) => delivery.unitCode));
    const planned = await backend.must('plan:assignments', { status: 'planned', limit: 10_000 });
    const spk = planned.find((row) => row.qty >= 40 && !busy.has(row.unitCode));
    if (!spk) throw new Error('the demo plan has no SPK of 40 pieces or more at a workshop without deliveries this month');

    // The plan's SPK view: issue the work order, then record what came back.
    await planScreen(page).open(session);
    await planScreen(page).viewAssignments.click();
    const row = await selectSpk(page, spk);
    await assignmentsView(page).issue.click();
    await cell(row, 'status').filter({ hasText: 'Diterbitkan' }).waitFor();
    // Issued, it has its number and keeps the rate it was issued at.
    const [issued] = (await backend.must('plan:assignments', { limit: 10_000 })).filter((a) => a.id === spk.id);
    expect(issued.spkNo).toMatch(/^SPK-2026-\d{5}$/);
    await cell(row, 'spkNo').filter({ hasText: issued.spkNo ?? '' }).waitFor();
    await notice(page).says(`${issued.spkNo} untuk ${spk.orderNo} di ${spk.unitCode} diterbitkan`);
    await assignmentsView(page).deliver.click();
    expect(await deliveryForm(page).spk.textContent()).toBe(`SPK ${spk.orderNo} · ${spk.sku} · ${spk.unitCode} — ${spk.unitName}`);
    expect(await deliveryForm(page).progress.textContent()).toContain(`sisa ${spk.qty.toLocaleString('id-ID')} pcs`);

    // More than the SPK has left: the message at the field, and nothing stored.
    await deliveryForm(page).accepted.fill(String(spk.qty + 1));
    await deliveryForm(page).save.click();
    await deliveryForm(page).acceptedError.filter({ hasText: `melebihi sisa SPK: tinggal ${spk.qty.toLocaleString('id-ID')} pcs` }).waitFor();
    expect(await backend.must('deliveries:list', { assignmentId: spk.id })).toEqual([]);

    await deliveryForm(page).accepted.fill('30');
    await deliveryForm(page).rejected.fill('2');
    await deliveryForm(page).note.fill('jahitan miring 2 pcs');
    await deliveryForm(page).save.click();
    await notice(page).says(`Setoran 30 pcs diterima, 2 ditolak untuk SPK ${spk.orderNo}`);
    await cell(row, 'deliveredQty').filter({ hasText: /^32$/ }).waitFor();
    expect(await cell(row, 'rejectedQty').textContent()).toBe('2');
    expect(await cell(row, 'openQty').textContent()).toBe((spk.qty - 32).toLocaleString('id-ID'));
    expect(await cell(row, 'status').textContent()).toBe('Dikerjakan');
    expect(await backend.must('deliveries:list', { assignmentId: spk.id })).toMatchObject([{ deliveredOn: '2026-11-23', accepted: 30, rejected: 2 }]);

    // Setoran: this month's deliveries, with the totals under the list.
    await workshopsScreen(page).open(session);
    const deliveries = deliveriesView(page).grid;
    // The demo's workshops hand work in all month: this workshop's setoran alone.
    await deliveriesView(page).unit.selectOption(spk.unitCode);
    await rows(deliveries).filter({ hasText: spk.orderNo }).waitFor();
    expect(await period(page).from.inputValue()).toBe('01/11/2026');
    expect(await period(page).to.inputValue()).toBe('30/11/2026');
    expect(await deliveriesView(page).totals.textContent()).toBe('Diterima 30 pcs · ditolak 2 pcs · tolak 6,3 %');

    // Ongkos Jahit: gross = accepted × rate; an advance takes exactly its amount off the net.
    await workshopsScreen(page).viewPay.click();
    const [before] = await backend.must('pieceRates:statement', { unitCode: spk.unitCode, ...NOVEMBER });
    expect(before.lines).toEqual([
      { spkNo: issued.spkNo, orderNo: spk.orderNo, sku: spk.sku, accepted: 30, rejected: 2, rate: issued.pieceRate, amount: 30 * issued.pieceRate, isCorrection: false, note: null },
    ]);
    expect(before.gross).toBe(30 * before.lines[0].rate);
    // Every workshop that handed work in this month has a statement: find this one by its code.
    await payView(page).search.fill(spk.unitCode);
    await cell(rowById(payView(page).grid, spk.unitCode), 'unitCode').click();
    expect(await payStatement(page).gross.textContent()).toBe(rupiah(before.gross));
    await payStatement(page).net.filter({ hasText: rupiah(before.net) }).waitFor();
    await payStatement(page).advance.click();
    expect(await advanceForm(page).unit.inputValue()).toBe(spk.unitCode);
    await advanceForm(page).amount.fill('100.000');
    await advanceForm(page).amountHint.filter({ hasText: 'Dicatat sebagai Rp 100.000' }).waitFor();
    await advanceForm(page).save.click();
    const netAfter = before.net - 100_000;
    await payStatement(page).net.filter({ hasText: rupiah(netAfter) }).waitFor();
    expect(await payStatement(page).advances.textContent()).toBe(`− ${rupiah(before.advances + 100_000)}`);
    const [after] = await backend.must('pieceRates:statement', { unitCode: spk.unitCode, ...NOVEMBER });
    expect(after.net).toBe(netAfter);

    // The pay slip on the letterhead: numbered when first printed (after asking), then the workshop, the period, the net, two signatures; one A4 page.
    await payStatement(page).print.click();
    await paySlip(page).issueYes.click();
    await printView(page).signatureBlock.waitFor();
    expect(await paySlip(page).number.textContent()).toMatch(/^No\. SLIP-2026-\d{5}$/);
    expect(page.url()).toContain(`#/print/statement/${spk.unitCode}/2026-11-01/2026-11-30`);
    expect(await printView(page).title.textContent()).toBe('SLIP ONGKOS KERJA');
    expect(await paySlip(page).unit.textContent()).toContain(`${spk.unitCode} — ${spk.unitName}`);
    expect(await paySlip(page).period.textContent()).toBe('01/11/2026 s.d. 30/11/2026');
    expect(await paySlip(page).net.textContent()).toBe(rupiah(netAfter));
    expect(await paySlip(page).line.first().textContent()).toContain(spk.orderNo);
    const signatures = await printView(page).signatureBlock.textContent();
    expect(signatures).toContain('Bendahara');
    expect(signatures).toContain(`pemilik ${spk.unitName}`);
    folder = mkdtempSync(join(tmpdir(), 'sentra-slip-'));
    const pdf = join(folder, 'slip.pdf');
    await page.pdf({ path: pdf, format: 'A4' });
    expect(pdfPageCount(readFileSync(pdf))).toBe(1);

    // Back on the pay tab; its workbook carries the same net as a live formula.
    await printView(page).back.click();
    await payView(page).grid.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), payView(page).export.click()]);
    expect(download.suggestedFilename()).toBe('ongkos-jahit-2026-11-01-2026-11-30.xlsx');
    const file = join(folder, download.suggestedFilename());
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const summary = workbook.getWorksheet('Ringkasan')!;
    const rowNumber = [...Array(summary.rowCount).keys()].map((i) => i + 1).find((r) => summary.getRow(r).getCell(3).value === spk.unitCode);
    expect(rowNumber).toBeDefined();
    expect(summary.getRow(rowNumber ?? 0).getCell(2).value).toMatch(/^SLIP-2026-\d{5}$/);
    expect(summary.getRow(rowNumber ?? 0).getCell(12).value).toMatchObject({ formula: `I${rowNumber}-J${rowNumber}-K${rowNumber}`, result: netAfter } satisfies Partial<CellFormulaValue>);

    // Bahan di Unit: the workshop's material accounts, balances in the material's unit.
    await workshopsScreen(page).viewMaterials.click();
    await materialsScreen(page).unit.selectOption(spk.unitCode);
    const accounts = await backend.must('workshops:materials', { unitCode: spk.unitCode });
    expect(accounts.length).toBeGreaterThan(0);
    await materialsScreen(page).countShows(`${accounts.length} saldo bahan di 1 unit usaha`);
    const first = rowById(materialsScreen(page).grid, `${spk.unitCode}/${accounts[0].materialCode}`);
    expect(await cell(first, 'balance').textContent()).toBe(accounts[0].balance.toLocaleString('id-ID', { maximumFractionDigits: 4 }));
    expect(session.problems).toEqual([]);
  });
});
