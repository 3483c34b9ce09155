import { afterEach, describe, expect, it } from 'vitest';
import { arrangeCentre, openSession, type Session } from './harness';
import { materialsScreen, movementForm, stockCard } from './pages/materials';
import { toolbar } from './pages/shell';
import { cell } from './pages/kit';

describe('the stock ledger through the materials screen', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('records a receipt and an issue to a workshop, and refuses an issue that would make stock negative on the quantity', async () => {
    session = await openSession({
      async arrange(backend) {
        await arrangeCentre(backend);
        await backend.must('units:save', { unitCode: 'UU-0001', name: 'UD Surya', workers: 6, monthlyCapacity: 900, isActive: true });
        await backend.must('materials:save', {
          materialCode: 'BSA-10M', name: 'Busa spons 10 mm', category: 'busa', uom: 'm', unitCost: 18000, leadTimeDays: 3, reorderPoint: 20,
        });
      },
    });
    const { page, backend } = session;
    await materialsScreen(page).open(session);
    const grid = materialsScreen(page).grid;
    await grid.getByText('Busa spons 10 mm', { exact: true }).click();
    await stockCard(page).onhand.filter({ hasText: 'Stok sekarang: 0 m' }).waitFor();

    await stockCard(page).record.click();
    await movementForm(page).form.waitFor();
    expect(await movementForm(page).material.inputValue()).toBe('BSA-10M');
    expect(await movementForm(page).date.inputValue()).toBe('23/11/2026');
    await movementForm(page).kind.selectOption('receipt');
    await movementForm(page).qty.fill('50');
    await movementForm(page).qtyHint.filter({ hasText: 'sesudah dicatat 50 m' }).waitFor();
    await movementForm(page).note.fill('Nota 118/XI');
    await movementForm(page).saveAndClose();
    await stockCard(page).onhand.filter({ hasText: 'Stok sekarang: 50 m' }).waitFor();
    await cell(grid, 'onHand').filter({ hasText: '50' }).waitFor();

    await toolbar(page).record.click();
    await movementForm(page).kind.selectOption('issue');
    await movementForm(page).qty.fill('20');
    // An issue names its workshop: saving without one is refused on the field.
    await movementForm(page).save.click();
    await movementForm(page).unitError.waitFor();
    await movementForm(page).unit.selectOption('UU-0001');
    await movementForm(page).saveAndClose();
    await stockCard(page).onhand.filter({ hasText: 'Stok sekarang: 30 m' }).waitFor();
    expect(await stockCard(page).row.count()).toBe(2);

    await toolbar(page).record.click();
    await movementForm(page).kind.selectOption('issue');
    await movementForm(page).unit.selectOption('UU-0001');
    await movementForm(page).qty.fill('45');
    await movementForm(page).save.click();
    const refusal = movementForm(page).qtyError;
    await refusal.filter({ hasText: 'tidak boleh negatif' }).waitFor();
    expect(await refusal.textContent()).toContain('-15');
    await movementForm(page).cancel.click();

    const [material] = await backend.must('materials:list', {});
    expect(material.onHand).toBe(30);
    const [held] = await backend.must('stock:workshops', { unitCode: 'UU-0001' });
    expect(held).toMatchObject({ materialCode: 'BSA-10M', issued: 20, held: 20 });
    expect(session.problems).toEqual([]);
  });
});
