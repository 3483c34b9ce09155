import { afterEach, describe, expect, it } from 'vitest';
import { formatMoney } from '../../shared/money';
import { openSession, type Session } from './harness';
import { exportForm, exportsScreen } from './pages/exports';
import { printView } from './pages/print';
import { notice, toolbar } from './pages/shell';

describe('a history row typed for a month that has shipments', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('shows both figures, asks which source the month keeps, and every report follows the answer', async () => {
    session = await openSession({ demo: true });
    const { page, backend } = session;
    const shipped = (await backend.must('exports:monthSources', { from: '2026-01', to: '2026-06' })).find((month) => month.shipmentsUsdCents !== null);
    if (!shipped?.shipmentsUsdCents) throw new Error('the demo centre ships in the first half of 2026');
    const [year, month] = shipped.month.split('-').map(Number);

    await exportsScreen(page).open(session);
    await exportsScreen(page).monthSourceNone.waitFor();
    await toolbar(page).add.click();
    await exportForm(page).month.selectOption(String(month));
    await exportForm(page).year.fill(String(year));
    await exportForm(page).country.selectOption('US');
    await exportForm(page).category.selectOption('tas');
    await exportForm(page).fobUsd.fill('100');
    await exportForm(page).save.click();
    const ask = exportForm(page).monthSourceAsk;
    await ask.waitFor();
    expect(await ask.textContent()).toContain(formatMoney(shipped.shipmentsUsdCents, 'USD'));
    expect(await ask.textContent()).toContain('USD 100,00');
    await exportForm(page).keepHistory.click();
    await notice(page).says('ditambahkan');

    // The month is listed with both figures and the choice; the report counts the history.
    const line = exportsScreen(page).monthSource(shipped.month);
    await line.filter({ hasText: 'riwayat ekspor — dipilih' }).waitFor();
    const report = await backend.must('reports:exportPerformance', { from: shipped.month, to: shipped.month });
    expect([report.currentUsdCents, report.monthSources[0].source]).toEqual([10_000, 'history']);
    await exportsScreen(page).keepShipments(shipped.month).click();
    await line.filter({ hasText: 'pengapalan — dipilih' }).waitFor();
    expect((await backend.must('reports:exportPerformance', { from: shipped.month, to: shipped.month })).currentUsdCents).toBe(shipped.shipmentsUsdCents);

    // A period running into this month is compared with the same days a year earlier, and the printed page says so.
    const running = await backend.must('reports:exportPerformance', { from: shipped.month, to: (await backend.must('dashboard:get', {})).today.slice(0, 7) });
    const partial = running.period.partialMonth;
    if (!partial) throw new Error('a period to this month has a partial month');
    await page.goto(session.url(`#/print/export-performance/${running.period.from}/${running.period.to}`));
    await printView(page).exportNote.filter({ hasText: `1–${partial.throughDay} ` }).filter({ hasText: 'bulan berjalan, hari yang sama' }).waitFor();
    expect(session.problems).toEqual([]);
  });
});
