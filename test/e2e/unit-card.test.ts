import { afterEach, describe, expect, it } from 'vitest';
import { formatMoney } from '../../shared/money';
import { openSession, type Session } from './harness';

describe('the workshop card', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('opens from the units list and from the Setoran screen, with every section, its figures and the A4 print', async () => {
    session = await openSession({ demo: true });
    const { page, backend } = session;
    // The workshop that handed in the most pieces from June to November 2026 (the card's default six months).
    const all = await backend.must('deliveries:list', { from: '2026-06-01', to: '2026-11-30' });
    const pieces = new Map<string, number>();
    for (const d of all) pieces.set(d.unitCode, (pieces.get(d.unitCode) ?? 0) + d.accepted);
    const [code, accepted] = [...pieces.entries()].sort((a, b) => b[1] - a[1])[0];
    const unit = (await backend.must('units:list', {})).find((u) => u.unitCode === code)!;
    const card = await backend.must('units:card', { code });

    await page.goto(session.url('#/units'));
    await page.getByTestId('toolbar-search').fill(code);
    await page.getByTestId('units-grid').getByText(unit.name, { exact: true }).first().click();
    await page.getByTestId('toolbar-unit-card').click();
    await page.getByTestId('unit-card').waitFor();
    expect(await page.getByTestId('page-title').textContent()).toBe(`Kartu unit usaha ${code}`);
    expect(page.url()).toContain(`#/units/${code}/card`);

    for (const section of ['card-owner', 'card-history', 'card-spks', 'card-deliveries', 'card-pay', 'card-materials', 'card-share']) {
      await page.getByTestId(section).waitFor();
    }
    expect(await page.getByTestId('card-owner-name').textContent()).toBe(`${unit.ownerName} (${unit.ownerMemberNo})`);
    expect(await page.getByTestId('card-status').textContent()).toBe(unit.isActive ? 'Aktif' : 'Tidak aktif');
    expect(await page.getByTestId('card-history').locator('tbody tr').count()).toBe(card.unit.history.length);
    expect(await page.getByTestId('card-spks').textContent()).toContain(`Terbuka (${card.openSpks.length})`);
    expect(await page.getByTestId('card-spks').textContent()).toContain(`Selesai (${card.doneSpks.length})`);
    const total = page.getByTestId('card-deliveries-total');
    expect(await total.locator('td').nth(2).textContent()).toBe(accepted.toLocaleString('id-ID'));
    const [november] = await backend.must('pieceRates:statement', { unitCode: code, from: '2026-11-01', to: '2026-11-30' });
    const novemberRow = page.getByTestId('card-pay-2026-11');
    expect(await novemberRow.locator('td').nth(1).textContent()).toBe(formatMoney(november.gross, 'IDR', 'id'));
    expect(await novemberRow.locator('td').nth(4).textContent()).toBe(formatMoney(november.net, 'IDR', 'id'));
    expect(await page.getByTestId('card-share-text').textContent()).toContain(`${accepted.toLocaleString('id-ID')} dari ${card.share.allAccepted.toLocaleString('id-ID')} potong`);

    const held = await backend.must('workshops:materials', { unitCode: code, asOf: '2026-11-23' });
    expect(await page.getByTestId('card-materials').locator('tbody tr').count()).toBe(held.length);

    // A chosen period reloads the card for it.
    await page.getByTestId('card-from').fill('01/11/2026');
    await page.getByTestId('card-to').fill('30/11/2026');
    await page.getByTestId('card-show').click();
    await page.getByTestId('card-month-2026-11').waitFor();
    expect(await page.getByTestId('card-deliveries').locator('tbody tr').count()).toBe(1);

    // One click prints it on A4, with the same sections.
    await page.getByTestId('card-print').click();
    await page.getByTestId('print-unit-card').waitFor();
    expect(await page.getByTestId('print-title').textContent()).toBe(`Kartu unit usaha ${code}`);
    await page.getByTestId('print-unit-card').getByTestId('card-pay').waitFor();

    // From Setoran & Ongkos: the workshop filter leads to its card.
    await page.goto(session.url('#/workshops'));
    await page.getByTestId('workshops-view-deliveries').click();
    await page.getByTestId('deliveries-unit').selectOption(code);
    await page.getByTestId('deliveries-unit-card').click();
    await page.getByTestId('card-share').waitFor();
    expect(await page.getByTestId('page-title').textContent()).toBe(`Kartu unit usaha ${code}`);

    // English when chosen.
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByTestId('page-title').filter({ hasText: `Workshop card ${code}` }).waitFor();
    expect(session.problems).toEqual([]);
  });
});
