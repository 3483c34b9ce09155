import { afterEach, describe, expect, it } from 'vitest';
import { arrangeCentre, openSession, type Session } from './harness';

describe('the exporter and the English names export papers need', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('fills the bank details on Profil Sentra, refusing a SWIFT of 9 characters by its field, and saves them', async () => {
    session = await openSession({ arrange: arrangeCentre });
    const { page, backend } = session;
    await page.goto(session.url('#/centre'));
    await page.getByTestId('centre-form').waitFor();
    await page.getByTestId('centre-legalName').fill('KOPERASI INDUSTRI TAS DAN KOPER (INTAKO)');
    await page.getByTestId('centre-nib').fill('9120301762548');
    await page.getByTestId('centre-npwp').fill('0017.3528.4614.3000');
    await page.getByTestId('centre-bankName').fill('Bank Rakyat Indonesia');
    await page.getByTestId('centre-bankBranch').fill('KCP Tanggulangin');
    await page.getByTestId('centre-bankAccountNo').fill('0621-01-000318-30-7');
    await page.getByTestId('centre-bankAccountName').fill('KOPERASI INDUSTRI TAS DAN KOPER (INTAKO)');
    await page.getByTestId('centre-swift').fill('BRINIDJA1');
    await page.getByTestId('centre-save').click();
    await page.getByTestId('centre-swift-error').filter({ hasText: '8 atau 11 karakter' }).waitFor();
    expect((await backend.must('centre:get', {})).swift).toBeNull();

    await page.getByTestId('centre-swift').fill('BRINIDJA');
    await page.getByTestId('centre-swift-error').waitFor({ state: 'detached' });
    await page.getByTestId('centre-save').click();
    await page.getByTestId('notice-message').filter({ hasText: 'Profil sentra disimpan' }).waitFor();
    expect(await backend.must('centre:get', {})).toMatchObject({
      legalName: 'KOPERASI INDUSTRI TAS DAN KOPER (INTAKO)', nib: '9120301762548', npwp: '0017352846143000',
      bankName: 'Bank Rakyat Indonesia', bankBranch: 'KCP Tanggulangin', bankAccountNo: '062101000318307', swift: 'BRINIDJA',
      // What was there before stays.
      chairName: 'H. Bambang Sugiarto',
    });
    // The form shows what was stored, as stored.
    expect(await page.getByTestId('centre-npwp').inputValue()).toBe('0017352846143000');
    expect(session.problems).toEqual([]);
  });

  it('warns on Produk of an export product without an English name, and the warning goes once it has one', async () => {
    session = await openSession({
      async arrange(backend) {
        await arrangeCentre(backend);
        await backend.must('products:save', {
          sku: 'TWK-006', name: 'Tas Tangan Kulit Sapi Emboss Croco', category: 'tas', hsCode: '4202.21', labourMinutes: 330, cartonQty: 10,
          price: 3500, currency: 'USD',
        });
        await backend.must('buyers:save', { buyerCode: 'BE-LDR', name: 'Lederwaren Antwerpen', country: 'BE', kind: 'export', currency: 'USD', incoterm: 'FOB' });
        await backend.must('orders:save', {
          orderNo: 'PO-LDR-1', buyerCode: 'BE-LDR', orderDate: '2026-11-02', shipBy: '2027-01-15', currency: 'USD',
          lines: [{ sku: 'TWK-006', qty: 300, unitPrice: 3500 }],
        });
      },
    });
    const { page, backend } = session;
    await page.goto(session.url('#/products'));
    const warning = page.getByTestId('products-missing-names');
    await warning.filter({ hasText: '1 produk ekspor belum punya nama Inggris: TWK-006' }).waitFor();

    await page.getByTestId('products-grid').locator('.ag-cell[col-id="sku"]').filter({ hasText: 'TWK-006' }).dblclick();
    await page.getByTestId('product-nameEn').fill("Ladies' handbag, croco-embossed cowhide");
    await page.getByTestId('product-composition').fill('upper 100 % cowhide leather, lining 100 % polyester');
    await page.getByTestId('product-form-save').click();
    await page.getByTestId('product-form').waitFor({ state: 'detached' });
    await warning.waitFor({ state: 'detached' });
    expect((await backend.must('products:list', {}))[0]).toMatchObject({
      nameEn: "Ladies' handbag, croco-embossed cowhide", composition: 'upper 100 % cowhide leather, lining 100 % polyester',
    });
    expect(session.problems).toEqual([]);
  });
});
