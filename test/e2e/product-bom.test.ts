import { afterEach, describe, expect, it } from 'vitest';
import { arrangeCentre, openSession, type Session } from './harness';

describe('products and their bills of materials', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('adds a material and a product, then a two-line BOM whose 25 % waste shows in the gross per unit', async () => {
    session = await openSession({
      async arrange(backend) {
        await arrangeCentre(backend);
        await backend.must('materials:save', {
          materialCode: 'BNG-NLN', name: 'Benang nilon bonded', category: 'benang', uom: 'm', unitCost: 12, leadTimeDays: 3,
        });
      },
    });
    const { page, backend } = session;

    await page.goto(session.url('#/materials'));
    await page.getByTestId('materials-count').filter({ hasText: '1 bahan' }).waitFor();
    await page.getByTestId('toolbar-add').click();
    await page.getByTestId('material-materialCode').fill('KLT-SPA');
    await page.getByTestId('material-name').fill('Kulit sapi nappa');
    await page.getByTestId('material-category').selectOption('kulit');
    await page.getByTestId('material-uom').selectOption('sqft');
    await page.getByTestId('material-unitCost').fill('58.000');
    await page.getByTestId('material-unitCost-hint').filter({ hasText: 'Rp 58.000 per sqft' }).waitFor();
    await page.getByTestId('material-form-save').click();
    await page.getByTestId('material-form').waitFor({ state: 'detached' });
    await page.getByTestId('materials-count').filter({ hasText: '2 bahan' }).waitFor();

    await page.getByTestId('nav-products').click();
    await page.getByTestId('products-count').filter({ hasText: '0 produk' }).waitFor();
    await page.getByTestId('toolbar-add').click();
    await page.getByTestId('product-sku').fill('TWK-001');
    await page.getByTestId('product-name').fill('Tas Tote Wanita Kulit Sapi');
    await page.getByTestId('product-category').selectOption('tas');
    await page.getByTestId('product-outerMaterial').selectOption('kulit');
    // Leather outer: the suggested subheading is 4202.21, not the category's PU default.
    expect(await page.getByTestId('product-hsCode').inputValue()).toBe('4202.21');
    await page.getByTestId('product-labourMinutes').fill('300');
    await page.getByTestId('product-labourMinutes-hint').filter({ hasText: '5 jam' }).waitFor();
    await page.getByTestId('product-cartonQty').fill('12');
    await page.getByTestId('product-price').fill('350.000');
    await page.getByTestId('product-form-save').click();
    await page.getByTestId('product-form').waitFor({ state: 'detached' });

    // The new product is selected; its (empty) bill of materials is under the table.
    await page.getByTestId('bom-empty').waitFor();
    await page.getByTestId('bom-edit').click();
    const line0 = page.getByTestId('bom-line-0');
    await line0.getByTestId('bom-line-0-material').selectOption('KLT-SPA');
    await line0.getByTestId('bom-line-0-qty').fill('8');
    await line0.getByTestId('bom-line-0-waste').fill('100');
    await page.getByTestId('bom-line-0-waste-error').filter({ hasText: 'di bawah 100 %' }).waitFor();
    await line0.getByTestId('bom-line-0-waste').fill('25');
    await page.getByTestId('bom-line-0-waste-error').waitFor({ state: 'detached' });
    await page.getByTestId('bom-line-0-gross').filter({ hasText: '10,6667 sqft' }).waitFor();
    await page.getByTestId('bom-add-line').click();
    await page.getByTestId('bom-line-1-material').selectOption('BNG-NLN');
    await page.getByTestId('bom-line-1-qty').fill('40');
    await page.getByTestId('bom-line-1-gross').filter({ hasText: '40 m' }).waitFor();
    await page.getByTestId('bom-form-save').click();
    await page.getByTestId('bom-editor').waitFor({ state: 'detached' });

    const gross = page.getByTestId('bom-table-gross');
    await gross.filter({ hasText: '10,6667 sqft' }).waitFor();
    expect((await gross.allTextContents()).sort()).toEqual(['10,6667 sqft', '40 m']);
    await page.getByTestId('products-grid').locator('.ag-cell[col-id="bomLines"]').filter({ hasText: '2' }).waitFor();
    const bom = await backend.must('bom:get', { sku: 'TWK-001' });
    expect(Object.fromEntries(bom.map((line) => [line.materialCode, [line.qtyPerUnit, line.wastePct]]))).toEqual({ 'KLT-SPA': [8, 25], 'BNG-NLN': [40, 0] });
    expect(session.problems).toEqual([]);
  });
});
