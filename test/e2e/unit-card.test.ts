import { afterEach, describe, expect, it } from 'vitest';
import { formatMoney } from '../../shared/money';
import { openSession, type Session } from './harness';
import { printView } from './pages/print';
import { shell, toolbar } from './pages/shell';
import { unitCard, unitsScreen } from './pages/units';
import { deliveriesView, workshopsScreen } from './pages/workshops';

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

    await unitsScreen(page).open(session);
    await toolbar(page).search.fill(code);
    await unitsScreen(page).grid.getByText(unit.name, { exact: true }).first().click();
    await toolbar(page).unitCard.click();
    await unitCard(page).view.waitFor();
    expect(await shell(page).pageTitle.textContent()).toBe(`Kartu unit usaha ${code}`);
    expect(page.url()).toContain(`#/units/${code}/card`);

    const sections = unitCard(page);
    for (const section of [sections.owner, sections.history, sections.spks, sections.deliveries, sections.pay, sections.materials, sections.share]) {
      await section.waitFor();
    }
    expect(await unitCard(page).ownerName.textContent()).toBe(`${unit.ownerName} (${unit.ownerMemberNo})`);
    expect(await unitCard(page).status.textContent()).toBe(unit.isActive ? 'Aktif' : 'Tidak aktif');
    expect(await unitCard(page).history.locator('tbody tr').count()).toBe(card.unit.history.length);
    expect(await unitCard(page).spks.textContent()).toContain(`Terbuka (${card.openSpks.length})`);
    expect(await unitCard(page).spks.textContent()).toContain(`Selesai (${card.doneSpks.length})`);
    const total = unitCard(page).deliveriesTotal;
    expect(await total.locator('td').nth(2).textContent()).toBe(accepted.toLocaleString('id-ID'));
    const [november] = await backend.must('pieceRates:statement', { unitCode: code, from: '2026-11-01', to: '2026-11-30' });
    const novemberRow = unitCard(page).payOf('2026-11');
    expect(await novemberRow.locator('td').nth(1).textContent()).toBe(formatMoney(november.gross, 'IDR', 'id'));
    expect(await novemberRow.locator('td').nth(4).textContent()).toBe(formatMoney(november.net, 'IDR', 'id'));
    expect(await unitCard(page).shareText.textContent()).toContain(`${accepted.toLocaleString('id-ID')} dari ${card.share.allAccepted.toLocaleString('id-ID')} potong`);

    const held = await backend.must('workshops:materials', { unitCode: code, asOf: '2026-11-23' });
    expect(await unitCard(page).materials.locator('tbody tr').count()).toBe(held.length);

    // A chosen period reloads the card for it.
    await unitCard(page).from.fill('01/11/2026');
    await unitCard(page).to.fill('30/11/2026');
    await unitCard(page).show.click();
    await unitCard(page).month('2026-11').waitFor();
    expect(await unitCard(page).deliveries.locator('tbody tr').count()).toBe(1);

    // One click prints it on A4, with the same sections.
    await unitCard(page).print.click();
    await printView(page).unitCard.waitFor();
    expect(await printView(page).title.textContent()).toBe(`Kartu unit usaha ${code}`);
    await unitCard(printView(page).unitCard).pay.waitFor();

    // From Setoran & Ongkos: the workshop filter leads to its card.
    await workshopsScreen(page).open(session);
    await workshopsScreen(page).viewDeliveries.click();
    await deliveriesView(page).unit.selectOption(code);
    await deliveriesView(page).unitCard.click();
    await unitCard(page).share.waitFor();
    expect(await shell(page).pageTitle.textContent()).toBe(`Kartu unit usaha ${code}`);

    // English when chosen.
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await shell(page).pageTitle.filter({ hasText: `Workshop card ${code}` }).waitFor();
    expect(session.problems).toEqual([]);
  });
});
