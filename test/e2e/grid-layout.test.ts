import { afterEach, describe, expect, it } from 'vitest';
import { arrangeCentre, openSession, type Session } from './harness';

function isHidden(state: unknown, colId: string): boolean {
  return Array.isArray(state) && state.some((column: unknown) => typeof column === 'object' && column !== null && 'colId' in column && column.colId === colId && 'hide' in column && column.hide === true);
}

describe('the members grid layout', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('keeps hidden columns as a preference and restores them at the next start', async () => {
    session = await openSession({
      async arrange(backend) {
        await arrangeCentre(backend);
        await backend.must('members:save', { memberNo: 'INT-0001', name: 'Mukhlis', phone: '0812 3456 7890', status: 'aktif' });
      },
    });
    const { page, backend } = session;
    await page.goto(session.url('#/members'));
    const phoneHeader = page.getByTestId('members-grid').locator('.ag-header-cell[col-id="phone"]');
    await phoneHeader.waitFor();

    await page.getByTestId('columns-button').click();
    await page.getByTestId('column-toggle-phone').uncheck();
    await phoneHeader.waitFor({ state: 'detached' });
    await expect.poll(async () => isHidden((await backend.must('prefs:get', { key: 'grid.members' })).value, 'phone')).toBe(true);

    await page.reload();
    await page.getByTestId('members-grid').getByText('Mukhlis', { exact: true }).waitFor();
    expect(await phoneHeader.count()).toBe(0);
    expect(session.problems).toEqual([]);
  });
});
