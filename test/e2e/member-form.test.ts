import { afterEach, describe, expect, it } from 'vitest';
import { arrangeCentre, openSession, type Session } from './harness';

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
    await page.goto(session.url('#/members'));
    await page.getByTestId('members-count').filter({ hasText: '1 anggota' }).waitFor();

    await page.getByTestId('toolbar-add').click();
    await page.getByTestId('member-form').waitFor();
    await page.getByTestId('member-memberNo').fill('INT-0500');
    await page.getByTestId('member-name').fill('Siti Aminah');
    await page.getByTestId('member-nik').fill('35150612345');
    const nikError = page.getByTestId('member-nik-error');
    await nikError.filter({ hasText: '16 digit' }).waitFor();
    expect(await nikError.textContent()).toBe('NIK KTP harus 16 digit, di sini 11 digit');

    await page.getByTestId('member-nik').fill('3515 0612 3456 0001');
    await nikError.waitFor({ state: 'detached' });
    await page.getByTestId('member-phone').fill('+62 812-3456-7890');
    await page.getByTestId('member-phone-hint').filter({ hasText: '081234567890' }).waitFor();
    await page.getByTestId('member-joinedOn').fill('17/08/2024');
    await page.getByTestId('member-joinedOn-hint').filter({ hasText: '17 Agustus 2024' }).waitFor();
    await page.getByTestId('member-form-save').click();
    await page.getByTestId('member-form').waitFor({ state: 'detached' });

    const grid = page.getByTestId('members-grid');
    const row = grid.getByText('Siti Aminah', { exact: true });
    await row.waitFor();
    await page.getByTestId('members-count').filter({ hasText: '2 anggota' }).waitFor();
    const saved = (await session.backend.must('members:list', {})).find((member) => member.memberNo === 'INT-0500');
    expect(saved).toMatchObject({ nik: '3515061234560001', phone: '081234567890', joinedOn: '2024-08-17' });

    // A second member with the same number: the server's verdict lands on the field.
    await page.getByTestId('toolbar-add').click();
    await page.getByTestId('member-memberNo').fill('INT-0500');
    await page.getByTestId('member-name').fill('Orang Lain');
    await page.getByTestId('member-form-save').click();
    await page.getByTestId('member-memberNo-error').filter({ hasText: 'sudah dipakai oleh Siti Aminah' }).waitFor();
    await page.getByTestId('member-form-cancel').click();
    await page.getByTestId('member-form').waitFor({ state: 'detached' });

    await row.click();
    await page.getByTestId('toolbar-remove').click();
    await page.getByTestId('notice-message').filter({ hasText: 'Anggota Siti Aminah dihapus' }).waitFor();
    await row.waitFor({ state: 'detached' });
    await page.getByTestId('members-count').filter({ hasText: '1 anggota' }).waitFor();

    await page.getByTestId('notice-undo').click();
    await row.waitFor();
    await page.getByTestId('members-count').filter({ hasText: '2 anggota' }).waitFor();
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
    await page.goto(session.url('#/members'));
    await page.getByTestId('members-grid').getByText('Priyo Susanto', { exact: true }).click();
    await page.getByTestId('toolbar-remove').click();
    const message = page.getByTestId('has-units-message');
    await message.waitFor();
    expect(await message.textContent()).toContain('UU-0007');
    await page.getByTestId('has-units-detach').click();
    await page.getByTestId('notice-message').filter({ hasText: 'tanpa pemilik' }).waitFor();
    expect((await session.backend.must('units:list', {}))[0].ownerMemberNo).toBeNull();

    await page.getByTestId('notice-undo').click();
    await page.getByTestId('notice-message').filter({ hasText: 'dikembalikan' }).waitFor();
    expect((await session.backend.must('units:list', {}))[0].ownerMemberNo).toBe('INT-0007');
    expect(session.problems).toEqual([]);
  });
});
