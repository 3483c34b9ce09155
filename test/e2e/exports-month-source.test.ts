import { afterEach, describe, expect, it } from 'vitest';
import { formatMoney } from '../../shared/money';
import { openSession, type Session } from './harness';

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

    await page.goto(session.url('#/exports'));
    await page.getByTestId('month-source-none').waitFor();
    await page.getByTestId('toolbar-add').click();
    await page.getByTestId('export-month').selectOption(String(month));
    await page.getByTestId('export-year').fill(String(year));
    await page.getByTestId('export-country').selectOption('US');
    await page.getByTestId('export-category').selectOption('tas');
    await page.getByTestId('export-fobUsd').fill('100');
    await page.getByTestId('export-form-save').click();
    const ask = page.getByTestId('export-month-source-ask');
    await ask.waitFor();
    expect(await ask.textContent()).toContain(formatMoney(shipped.shipmentsUsdCents, 'USD'));
    expect(await ask.textContent()).toContain('USD 100,00');
    await page.getByTestId('export-keep-history').click();
    await page.getByTestId('notice-message').filter({ hasText: 'ditambahkan' }).waitFor();

    // The month is listed with both figures and the choice; the report counts the history.
    const line = page.getByTestId(`month-source-${shipped.month}`);
    await line.filter({ hasText: 'riwayat ekspor — dipilih' }).waitFor();
    const report = await backend.must('reports:exportPerformance', { from: shipped.month, to: shipped.month });
    expect([report.currentUsdCents, report.monthSources[0].source]).toEqual([10_000, 'history']);
    await page.getByTestId(`keep-shipments-${shipped.month}`).click();
    await line.filter({ hasText: 'pengapalan — dipilih' }).waitFor();
    expect((await backend.must('reports:exportPerformance', { from: shipped.month, to: shipped.month })).currentUsdCents).toBe(shipped.shipmentsUsdCents);

    // A period running into this month is compared with the same days a year earlier, and the printed page says so.
    const running = await backend.must('reports:exportPerformance', { from: shipped.month, to: (await backend.must('dashboard:get', {})).today.slice(0, 7) });
    const partial = running.period.partialMonth;
    if (!partial) throw new Error('a period to this month has a partial month');
    await page.goto(session.url(`#/print/export-performance/${running.period.from}/${running.period.to}`));
    await page.getByTestId('print-export-note').filter({ hasText: `1–${partial.throughDay} ` }).filter({ hasText: 'bulan berjalan, hari yang sama' }).waitFor();
    expect(session.problems).toEqual([]);
  });
});
