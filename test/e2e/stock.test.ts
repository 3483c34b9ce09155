import { afterEach, describe, expect, it } from 'vitest';
import { arrangeCentre, openSession, type Session } from './harness';

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
    await page.goto(session.url('#/materials'));
    const grid = page.getByTestId('materials-grid');
    await grid.getByText('Busa spons 10 mm', { exact: true }).click();
    await page.getByTestId('stock-card-onhand').filter({ hasText: 'Stok sekarang: 0 m' }).waitFor();

    await page.getByTestId('stock-card-record').click();
    await page.getByTestId('movement-form').waitFor();
    expect(await page.getByTestId('movement-material').inputValue()).toBe('BSA-10M');
    expect(await page.getByTestId('movement-date').inputValue()).toBe('23/11/2026');
    await page.getByTestId('movement-kind').selectOption('receipt');
    await page.getByTestId('movement-qty').fill('50');
    await page.getByTestId('movement-qty-hint').filter({ hasText: 'sesudah dicatat 50 m' }).waitFor();
    await page.getByTestId('movement-note').fill('Nota 118/XI');
    await page.getByTestId('movement-form-save').click();
    await page.getByTestId('movement-form').waitFor({ state: 'detached' });
    await page.getByTestId('stock-card-onhand').filter({ hasText: 'Stok sekarang: 50 m' }).waitFor();
    await grid.locator('.ag-cell[col-id="onHand"]').filter({ hasText: '50' }).waitFor();

    await page.getByTestId('toolbar-record').click();
    await page.getByTestId('movement-kind').selectOption('issue');
    await page.getByTestId('movement-qty').fill('20');
    // An issue names its workshop: saving without one is refused on the field.
    await page.getByTestId('movement-form-save').click();
    await page.getByTestId('movement-unit-error').waitFor();
    await page.getByTestId('movement-unit').selectOption('UU-0001');
    await page.getByTestId('movement-form-save').click();
    await page.getByTestId('movement-form').waitFor({ state: 'detached' });
    await page.getByTestId('stock-card-onhand').filter({ hasText: 'Stok sekarang: 30 m' }).waitFor();
    expect(await page.getByTestId('stock-card-row').count()).toBe(2);

    await page.getByTestId('toolbar-record').click();
    await page.getByTestId('movement-kind').selectOption('issue');
    await page.getByTestId('movement-unit').selectOption('UU-0001');
    await page.getByTestId('movement-qty').fill('45');
    await page.getByTestId('movement-form-save').click();
    const refusal = page.getByTestId('movement-qty-error');
    await refusal.filter({ hasText: 'tidak boleh negatif' }).waitFor();
    expect(await refusal.textContent()).toContain('-15');
    await page.getByTestId('movement-form-cancel').click();

    const [material] = await backend.must('materials:list', {});
    expect(material.onHand).toBe(30);
    const [held] = await backend.must('stock:workshops', { unitCode: 'UU-0001' });
    expect(held).toMatchObject({ materialCode: 'BSA-10M', issued: 20, held: 20 });
    expect(session.problems).toEqual([]);
  });
});
