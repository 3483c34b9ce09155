import { afterEach, describe, expect, it } from 'vitest';
import { arrangeCentre, openSession, type Session } from './harness';
import { notice, toolbar } from './pages/shell';
import { unitForm, unitsScreen } from './pages/units';

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
    await unitsScreen(page).open(session);
    await unitsScreen(page).countShows('1 unit usaha');

    await toolbar(page).add.click();
    await unitForm(page).unitCode.fill('UU-0002');
    await unitForm(page).name.fill('Tas Mitra');
    await unitForm(page).ownerMemberNo.fill('INT-0099');
    await unitForm(page).ownerMemberNoError.filter({ hasText: 'INT-0099' }).waitFor();
    await unitForm(page).ownerMemberNo.fill('INT-0010');
    await unitForm(page).ownerMemberNoHint.filter({ hasText: 'Anang' }).waitFor();
    await unitForm(page).kbli.fill('1512');
    await unitForm(page).kbliError.waitFor();
    await unitForm(page).kbli.fill('15121');
    await unitForm(page).categoryTas.check();
    await unitForm(page).workers.fill('4');
    await unitForm(page).monthlyCapacity.fill('1.200');
    await unitForm(page).saveAndClose();

    await unitsScreen(page).countShows('2 unit usaha (2 aktif)');
    await unitsScreen(page).workers.filter({ hasText: '10 tenaga kerja' }).waitFor();
    const added = (await backend.must('units:list', {})).find((unit) => unit.unitCode === 'UU-0002');
    expect(added).toMatchObject({ ownerMemberNo: 'INT-0010', ownerName: 'Anang', monthlyCapacity: 1200, categories: ['tas'] });

    const surya = unitsScreen(page).grid.getByText('UD Surya', { exact: true });
    await surya.dblclick();
    await unitForm(page).history.waitFor();
    await unitForm(page).workers.fill('9');
    await unitForm(page).stateFrom.fill('01/10/2026');
    await unitForm(page).stateFromHint.filter({ hasText: '1 Oktober 2026' }).waitFor();
    await unitForm(page).save.click();
    await unitsScreen(page).workers.filter({ hasText: '13 tenaga kerja' }).waitFor();
    const [first] = await backend.must('units:list', {});
    const { history } = await backend.must('units:get', { id: first.id });
    expect(history.map((change) => `${change.validFrom}: ${change.workers}`)).toEqual(['2025-01-01: 6', '2026-10-01: 9']);

    await surya.click();
    await toolbar(page).remove.click();
    await unitsScreen(page).countShows('1 unit usaha');
    await notice(page).undo.click();
    await unitsScreen(page).countShows('2 unit usaha');
    expect(session.problems).toEqual([]);
  });
});
