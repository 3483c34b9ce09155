import type { Locator } from 'playwright-core';
import { pageOf, type Root, type Opener } from './kit';

// Products and their bills of materials (#/products).

/** The bill of materials (BOM) of a product: lines of material, quantity and waste. */
export function bomEditor(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  const save = part('bom-form-save');
  return {
    addLine: part('bom-add-line'),
    edit: part('bom-edit'),
    editor: part('bom-editor'),
    empty: part('bom-empty'),
    linesPasted: part('bom-lines-pasted'),
    linesPastedProblems: part('bom-lines-pasted-problems'),
    save,
    tableGross: part('bom-table-gross'),
    line: (n: number) => ({
      gross: part(`bom-line-${n}-gross`),
      material: part(`bom-line-${n}-material`),
      qty: part(`bom-line-${n}-qty`),
      qtyError: part(`bom-line-${n}-qty-error`),
      remove: part(`bom-line-${n}-remove`),
      row: part(`bom-line-${n}`),
      waste: part(`bom-line-${n}-waste`),
      wasteError: part(`bom-line-${n}-waste-error`),
    }),
  };
}

/** The product form. */
export function productForm(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  const save = part('product-form-save');
  const form = part('product-form');
  return {
    cartonQty: part('product-cartonQty'),
    category: part('product-category'),
    composition: part('product-composition'),
    form,
    hsCode: part('product-hsCode'),
    labourMinutes: part('product-labourMinutes'),
    labourMinutesHint: part('product-labourMinutes-hint'),
    name: part('product-name'),
    nameEn: part('product-nameEn'),
    outerMaterial: part('product-outerMaterial'),
    price: part('product-price'),
    save,
    sku: part('product-sku'),
    /** Saves and waits for the form to close (it stays open when a field is refused). */
    saveAndClose: async () => {
      await save.click();
      await form.waitFor({ state: 'detached' });
    },
  };
}

/** The products list. */
export function productsScreen(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  const count = part('products-count');
  const grid = part('products-grid');
  return {
    count,
    grid,
    missingNames: part('products-missing-names'),
    /** Opens the screen by its address, as a bookmark would. */
    open: (session: Opener) => pageOf(root).goto(session.url('#/products')),
    /** Waits until the status bar's count reads `text` ("3 anggota"). */
    countShows: (text: string | RegExp) => count.filter({ hasText: text }).waitFor(),
    /** The grid row that shows `text` (a number, a name). */
    row: (text: string | RegExp) => grid.locator('.ag-row').filter({ hasText: text }),
  };
}
