import { afterEach, describe, expect, it } from 'vitest';
import { arrangeCentre, openSession, type Session } from './harness';

describe('business units', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('adds a unit for a member, dates a change of workers, and removes a unit with undo', async () => {
    session = await openSession({
      async arrange(backend) {
        await arrangeCentre(backend);
        await backend.must('members:save', { memberNo: 'INT-0010', name: 'Anang', status: 'aktif' });
        await backend.must('units:save', {
          unitCode: 'UU-0001', name: 'UD Surya', workers: 6, monthlyCapacity: 900, isActive: true, stateFrom: '2025-01-01',
        });
      },
    });
    const { page, backend } = session;
    await page.goto(session.url('#/units'));
    await page.getByTestId('units-count').filter({ hasText: '1 unit usaha' }).waitFor();

    await page.getByTestId('toolbar-add').click();
    await page.getByTestId('unit-unitCode').fill('UU-0002');
    await page.getByTestId('unit-name').fill('Tas Mitra');
    await page.getByTestId('unit-ownerMemberNo').fill('INT-0099');
    await page.getByTestId('unit-ownerMemberNo-error').filter({ hasText: 'INT-0099' }).waitFor();
    await page.getByTestId('unit-ownerMemberNo').fill('INT-0010');
    await page.getByTestId('unit-ownerMemberNo-hint').filter({ hasText: 'Anang' }).waitFor();
    await page.getByTestId('unit-kbli').fill('1512');
    await page.getByTestId('unit-kbli-error').waitFor();
    await page.getByTestId('unit-kbli').fill('15121');
    await page.getByTestId('unit-category-tas').check();
    await page.getByTestId('unit-workers').fill('4');
    await page.getByTestId('unit-monthlyCapacity').fill('1.200');
    await page.getByTestId('unit-form-save').click();
    await page.getByTestId('unit-form').waitFor({ state: 'detached' });

    await page.getByTestId('units-count').filter({ hasText: '2 unit usaha (2 aktif)' }).waitFor();
    await page.getByTestId('units-workers').filter({ hasText: '10 tenaga kerja' }).waitFor();
    const added = (await backend.must('units:list', {})).find((unit) => unit.unitCode === 'UU-0002');
    expect(added).toMatchObject({ ownerMemberNo: 'INT-0010', ownerName: 'Anang', monthlyCapacity: 1200, categories: ['tas'] });

    const surya = page.getByTestId('units-grid').getByText('UD Surya', { exact: true });
    await surya.dblclick();
    await page.getByTestId('unit-history').waitFor();
    await page.getByTestId('unit-workers').fill('9');
    await page.getByTestId('unit-stateFrom').fill('01/10/2026');
    await page.getByTestId('unit-stateFrom-hint').filter({ hasText: '1 Oktober 2026' }).waitFor();
    await page.getByTestId('unit-form-save').click();
    await page.getByTestId('units-workers').filter({ hasText: '13 tenaga kerja' }).waitFor();
    const [first] = await backend.must('units:list', {});
    const { history } = await backend.must('units:get', { id: first.id });
    expect(history.map((change) => `${change.validFrom}: ${change.workers}`)).toEqual(['2025-01-01: 6', '2026-10-01: 9']);

    await surya.click();
    await page.getByTestId('toolbar-remove').click();
    await page.getByTestId('units-count').filter({ hasText: '1 unit usaha' }).waitFor();
    await page.getByTestId('notice-undo').click();
    await page.getByTestId('units-count').filter({ hasText: '2 unit usaha' }).waitFor();
    expect(session.problems).toEqual([]);
  });
});
