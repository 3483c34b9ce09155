import { afterEach, describe, expect, it } from 'vitest';
import { arrangeCentre, openSession, type Session } from './harness';
import { materialForm, materialsScreen } from './pages/materials';
import { bomEditor, productForm, productsScreen } from './pages/products';
import { nav, toolbar } from './pages/shell';
import { cell } from './pages/kit';

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

    await materialsScreen(page).open(session);
    await materialsScreen(page).countShows('1 bahan');
    await toolbar(page).add.click();
    await materialForm(page).materialCode.fill('KLT-SPA');
    await materialForm(page).name.fill('Kulit sapi nappa');
    await materialForm(page).category.selectOption('kulit');
    await materialForm(page).uom.selectOption('sqft');
    await materialForm(page).unitCost.fill('58.000');
    await materialForm(page).unitCostHint.filter({ hasText: 'Rp 58.000 per sqft' }).waitFor();
    await materialForm(page).saveAndClose();
    await materialsScreen(page).countShows('2 bahan');

    await nav(page).products.click();
    await productsScreen(page).countShows('0 produk');
    await toolbar(page).add.click();
    await productForm(page).sku.fill('TWK-001');
    await productForm(page).name.fill('Tas Tote Wanita Kulit Sapi');
    await productForm(page).category.selectOption('tas');
    await productForm(page).outerMaterial.selectOption('kulit');
    // Leather outer: the suggested subheading is 4202.21, not the category's PU default.
    expect(await productForm(page).hsCode.inputValue()).toBe('4202.21');
    await productForm(page).labourMinutes.fill('300');
    await productForm(page).labourMinutesHint.filter({ hasText: '5 jam' }).waitFor();
    await productForm(page).cartonQty.fill('12');
    await productForm(page).price.fill('350.000');
    await productForm(page).saveAndClose();

    // The new product is selected; its (empty) bill of materials is under the table.
    await bomEditor(page).empty.waitFor();
    await bomEditor(page).edit.click();
    const line0 = bomEditor(page).line(0).row;
    await bomEditor(line0).line(0).material.selectOption('KLT-SPA');
    await bomEditor(line0).line(0).qty.fill('8');
    await bomEditor(line0).line(0).waste.fill('100');
    await bomEditor(page).line(0).wasteError.filter({ hasText: 'di bawah 100 %' }).waitFor();
    await bomEditor(line0).line(0).waste.fill('25');
    await bomEditor(page).line(0).wasteError.waitFor({ state: 'detached' });
    await bomEditor(page).line(0).gross.filter({ hasText: '10,6667 sqft' }).waitFor();
    await bomEditor(page).addLine.click();
    await bomEditor(page).line(1).material.selectOption('BNG-NLN');
    await bomEditor(page).line(1).qty.fill('40');
    await bomEditor(page).line(1).gross.filter({ hasText: '40 m' }).waitFor();
    await bomEditor(page).save.click();
    await bomEditor(page).editor.waitFor({ state: 'detached' });

    const gross = bomEditor(page).tableGross;
    await gross.filter({ hasText: '10,6667 sqft' }).waitFor();
    expect((await gross.allTextContents()).sort()).toEqual(['10,6667 sqft', '40 m']);
    await cell(productsScreen(page).grid, 'bomLines').filter({ hasText: '2' }).waitFor();
    const bom = await backend.must('bom:get', { sku: 'TWK-001' });
    expect(Object.fromEntries(bom.map((line) => [line.materialCode, [line.qtyPerUnit, line.wastePct]]))).toEqual({ 'KLT-SPA': [8, 25], 'BNG-NLN': [40, 0] });
    expect(session.problems).toEqual([]);
  });
});
