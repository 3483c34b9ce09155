import { afterEach, describe, expect, it } from 'vitest';
import { arrangeCentre, openSession, type Session } from './harness';
import { productWorkbook } from './supply-workbooks';
import { importWizard } from './pages/import';
import { productsScreen } from './pages/products';
import { toolbar } from './pages/shell';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('import products from Excel through the screen', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('reads a products workbook, names the bad HS code by its Excel row, and saves the valid products', async () => {
    session = await openSession({ arrange: arrangeCentre });
    const { page, backend } = session;
    // Title and an empty row above the header (row 3): data rows start at Excel row 4.
    const workbook = await productWorkbook([
      { sku: 'TWK-001', name: 'Tas Tote Wanita Kulit Sapi', category: 'Tas', hsCode: '4202.21', outer: 'kulit', minutes: 300, perCarton: 12, price: 28, currency: 'USD' },
      { sku: 'DPK-001', name: 'Dompet Pria Kulit Sapi', category: 'Dompet', hsCode: '420231', outer: 'kulit', minutes: 60, perCarton: 100, price: 85000, currency: 'IDR' },
      { sku: 'TWS-001', name: 'Tas Tote Wanita PU', category: 'Tas', hsCode: '42', outer: 'sintetis', minutes: 120, perCarton: 20, price: 7.5, currency: 'USD' },
    ]);

    await productsScreen(page).open(session);
    await productsScreen(page).countShows('0 produk');
    // The products page moves two lists through Excel: the products and their BOMs.
    await toolbar(page).import.click();
    await toolbar(page).importProducts.click();
    await importWizard(page).wizard.filter({ hasText: 'Impor produk dari Excel' }).waitFor();
    await importWizard(page).file.setInputFiles({ name: 'produk-2026.xlsx', mimeType: XLSX, buffer: workbook });

    await importWizard(page).preview.waitFor();
    expect(await importWizard(page).headerRow.textContent()).toBe('baris 3');
    expect(await importWizard(page).total.textContent()).toBe('3');
    expect(await importWizard(page).valid.textContent()).toBe('2');
    expect(await importWizard(page).columns.textContent()).toContain('Kode HS');
    const problems = importWizard(page).problemRow;
    expect(await problems.count()).toBe(1);
    const cells = await problems.first().locator('td').allTextContents();
    expect(cells[0]).toBe('6');
    expect(cells[1]).toBe('Kode HS');
    expect(cells[3]).toContain('6 atau 8 digit');

    await importWizard(page).saveValid.click();
    await importWizard(page).saved.filter({ hasText: '2 baris disimpan' }).waitFor();
    await importWizard(page).close.click();

    const grid = productsScreen(page).grid;
    await grid.getByText('Tas Tote Wanita Kulit Sapi', { exact: true }).waitFor();
    await grid.getByText('USD 28,00', { exact: true }).waitFor();
    await grid.getByText('Rp 85.000', { exact: true }).waitFor();
    await productsScreen(page).countShows('2 produk');
    const saved = await backend.must('products:list', {});
    expect(saved.map((product) => [product.sku, product.hsCode, product.price]).sort()).toEqual([
      ['DPK-001', '4202.31', 85000],
      ['TWK-001', '4202.21', 2800],
    ]);
    expect(session.problems).toEqual([]);
  });
});
