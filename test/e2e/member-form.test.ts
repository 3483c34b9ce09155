import { afterEach, describe, expect, it } from 'vitest';
import { arrangeCentre, openSession, type Session } from './harness';
import { memberForm, membersScreen } from './pages/members';
import { notice, toolbar } from './pages/shell';

describe('the member form and removal with undo', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('shows a bad NIK under the field as typed, saves once fixed, and undoes a removal', async () => {
    session = await openSession({
      async arrange(backend) {
        await arrangeCentre(backend);
        await backend.must('members:save', { memberNo: 'INT-0001', name: 'Mukhlis', status: 'aktif', joinedOn: '1976-04-03' });
      },
    });
    const { page } = session;
    await membersScreen(page).open(session);
    await membersScreen(page).countShows('1 anggota');

    await toolbar(page).add.click();
    await memberForm(page).form.waitFor();
    await memberForm(page).memberNo.fill('INT-0500');
    await memberForm(page).name.fill('Siti Aminah');
    await memberForm(page).nik.fill('35150612345');
    const nikError = memberForm(page).nikError;
    await nikError.filter({ hasText: '16 digit' }).waitFor();
    expect(await nikError.textContent()).toBe('NIK KTP harus 16 digit, di sini 11 digit');

    await memberForm(page).nik.fill('3515 0612 3456 0001');
    await nikError.waitFor({ state: 'detached' });
    await memberForm(page).phone.fill('+62 812-3456-7890');
    await memberForm(page).phoneHint.filter({ hasText: '081234567890' }).waitFor();
    await memberForm(page).joinedOn.fill('17/08/2024');
    await memberForm(page).joinedOnHint.filter({ hasText: '17 Agustus 2024' }).waitFor();
    await memberForm(page).saveAndClose();

    const grid = membersScreen(page).grid;
    const row = grid.getByText('Siti Aminah', { exact: true });
    await row.waitFor();
    await membersScreen(page).countShows('2 anggota');
    const saved = (await session.backend.must('members:list', {})).find((member) => member.memberNo === 'INT-0500');
    expect(saved).toMatchObject({ nik: '3515061234560001', phone: '081234567890', joinedOn: '2024-08-17' });

    // A second member with the same number: the server's verdict lands on the field.
    await toolbar(page).add.click();
    await memberForm(page).memberNo.fill('INT-0500');
    await memberForm(page).name.fill('Orang Lain');
    await memberForm(page).save.click();
    await memberForm(page).memberNoError.filter({ hasText: 'sudah dipakai oleh Siti Aminah' }).waitFor();
    await memberForm(page).cancel.click();
    await memberForm(page).form.waitFor({ state: 'detached' });

    await row.click();
    await toolbar(page).remove.click();
    await notice(page).says('Anggota Siti Aminah dihapus');
    await row.waitFor({ state: 'detached' });
    await membersScreen(page).countShows('1 anggota');

    await notice(page).undo.click();
    await row.waitFor();
    await membersScreen(page).countShows('2 anggota');
    expect(session.problems).toEqual([]);
  });

  it('offers to detach the units of a member who still owns some, and undo re-attaches them', async () => {
    session = await openSession({
      async arrange(backend) {
        await arrangeCentre(backend);
        await backend.must('members:save', { memberNo: 'INT-0007', name: 'Priyo Susanto', status: 'aktif' });
        await backend.must('units:save', { unitCode: 'UU-0007', name: 'Tas Wanita Karya', ownerMemberNo: 'INT-0007', workers: 6, monthlyCapacity: 480, isActive: true });
      },
    });
    const { page } = session;
    await membersScreen(page).open(session);
    await membersScreen(page).grid.getByText('Priyo Susanto', { exact: true }).click();
    await toolbar(page).remove.click();
    const message = membersScreen(page).hasUnitsMessage;
    await message.waitFor();
    expect(await message.textContent()).toContain('UU-0007');
    await membersScreen(page).hasUnitsDetach.click();
    await notice(page).says('tanpa pemilik');
    expect((await session.backend.must('units:list', {}))[0].ownerMemberNo).toBeNull();

    await notice(page).undo.click();
    await notice(page).says('dikembalikan');
    expect((await session.backend.must('units:list', {}))[0].ownerMemberNo).toBe('INT-0007');
    expect(session.problems).toEqual([]);
  });
});
