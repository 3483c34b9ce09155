import { afterEach, describe, expect, it } from 'vitest';
import { arrangeCentre, openSession, type Session } from './harness';
import { memberForm, membersScreen } from './pages/members';
import { toolbar } from './pages/shell';
import { unitForm, unitsScreen } from './pages/units';

/** The test id of the field that has the keyboard. */
function focused(page: Session['page']): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
}

/** Where the members grid's last column ends, against the part of the grid a user sees (left of its scrollbar). */
function lastColumnEdge(page: Session['page']): Promise<{ lastRight: number; visibleRight: number }> {
  return membersScreen(page).grid.evaluate((frame) => {
    const viewport = frame.querySelector<HTMLElement>('.ag-grid-viewport');
    const last = frame.querySelector<HTMLElement>('.ag-header-row-column .ag-header-cell.ag-column-last');
    const scrollbar = frame.querySelector<HTMLElement>('.ag-body-vertical-scroll');
    const scrollbarWidth = scrollbar && scrollbar.offsetParent !== null ? scrollbar.getBoundingClientRect().width : 0;
    return { lastRight: last?.getBoundingClientRect().right ?? Infinity, visibleRight: (viewport?.getBoundingClientRect().right ?? 0) - scrollbarWidth };
  });
}

/** The members list's columns as a user on a 1920 screen left them: each widened to 200 px (1,800 px in all). */
const WIDE_AT_1920 = ['memberNo', 'name', 'nik', 'phone', 'village', 'joinedOn', 'status', 'unitCount', 'workers'].map((colId) => ({ colId, width: 200, flex: null }));

describe('form manners: Enter, Ctrl+S, Esc; widths saved on a wide screen', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('moves on with Enter, saves a member once with Ctrl+S, closes unsaved with Esc, and fits widths saved at 1920 into a 1366 screen', async () => {
    session = await openSession({
      async arrange(backend) {
        await arrangeCentre(backend);
        await backend.must('members:save', { memberNo: 'INT-0001', name: 'Mukhlis', status: 'aktif' });
        await backend.must('prefs:set', { key: 'grid.members', value: WIDE_AT_1920 });
      },
    });
    const { page, backend } = session;
    // Opened on a 1366 laptop: the widths saved on the wide screen give way, the last column stays in view.
    await membersScreen(page).open(session);
    await membersScreen(page).countShows('1 anggota');
    await expect.poll(async () => {
      const edge = await lastColumnEdge(page);
      return edge.lastRight <= edge.visibleRight + 0.5;
    }).toBe(true);

    await toolbar(page).add.click();
    await memberForm(page).memberNo.fill('INT-0500');
    await memberForm(page).memberNo.press('Enter');
    expect(await focused(page)).toBe('member-name');
    expect(await memberForm(page).form.isVisible()).toBe(true);
    await memberForm(page).name.fill('Siti Aminah');
    await memberForm(page).name.press('Enter');
    expect(await focused(page)).toBe('member-nik');
    await page.keyboard.press('Control+s');
    await memberForm(page).form.waitFor({ state: 'detached' });
    await membersScreen(page).grid.getByText('Siti Aminah', { exact: true }).waitFor();
    expect((await backend.must('members:list', {})).map((member) => member.memberNo).sort()).toEqual(['INT-0001', 'INT-0500']);

    await toolbar(page).add.click();
    await memberForm(page).memberNo.fill('INT-0600');
    await memberForm(page).name.fill('Belum Jadi');
    await page.keyboard.press('Escape');
    await memberForm(page).form.waitFor({ state: 'detached' });
    expect(await backend.must('members:list', {})).toHaveLength(2);

    await unitsScreen(page).open(session);
    await toolbar(page).add.click();
    await unitForm(page).unitCode.fill('UU-0002');
    await unitForm(page).unitCode.press('Enter');
    expect(await focused(page)).toBe('unit-name');
    await page.keyboard.press('Escape');
    await unitForm(page).form.waitFor({ state: 'detached' });
    expect(await backend.must('units:list', {})).toHaveLength(0);
    // Leaving the list wrote nothing over the widths saved on the wide screen.
    expect((await backend.must('prefs:get', { key: 'grid.members' })).value).toEqual(WIDE_AT_1920);

    // Widening a squeezed column on the laptop saves that width; the others keep their wide-screen widths, not the squeeze.
    await membersScreen(page).open(session);
    await membersScreen(page).countShows('2 anggota');
    const nikHeader = membersScreen(page).grid.locator('.ag-header-cell[col-id="nik"]');
    await expect.poll(async () => (await nikHeader.boundingBox())?.width ?? 200).toBeLessThan(200);
    // The squeeze settles over a few frames: take the handle where it stays, as a user's eye would.
    const handle = nikHeader.locator('.ag-header-cell-resize');
    let box = await handle.boundingBox();
    await expect.poll(async () => {
      const next = await handle.boundingBox();
      const isStill = box !== null && next !== null && next.x === box.x && next.width === box.width;
      box = next;
      return isStill;
    }).toBe(true);
    if (!box) throw new Error('no NIK resize handle');
    const squeezed = (await nikHeader.boundingBox())?.width ?? 0;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 30, box.y + box.height / 2, { steps: 6 });
    await page.mouse.up();
    // The user sees the column wider first; then its width is saved.
    await expect.poll(async () => (await nikHeader.boundingBox())?.width ?? 0).toBeGreaterThan(squeezed + 20);
    const saved = await expect.poll(async () => {
      const value = (await backend.must('prefs:get', { key: 'grid.members' })).value as { colId: string; width?: number }[];
      return value.find((column) => column.colId === 'nik')?.width;
    }).not.toBe(200).then(async () => (await backend.must('prefs:get', { key: 'grid.members' })).value as { colId: string; width?: number }[]);
    const wide = new Set(WIDE_AT_1920.map((column) => column.colId));
    expect(saved.filter((column) => wide.has(column.colId) && column.colId !== 'nik').map((column) => [column.colId, column.width])).toEqual(
      WIDE_AT_1920.filter((column) => column.colId !== 'nik').map((column) => [column.colId, 200]),
    );
    expect(session.problems).toEqual([]);
  });
});
