import { afterEach, describe, expect, it } from 'vitest';
import { arrangeCentre, openSession, type Session } from './harness';
import { centreForm } from './pages/centre';
import { productForm, productsScreen } from './pages/products';
import { notice } from './pages/shell';
import { cell } from './pages/kit';

describe('the exporter and the English names export papers need', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('fills the bank details on Profil Sentra, refusing a SWIFT of 9 characters by its field, and saves them', async () => {
    session = await openSession({ arrange: arrangeCentre });
    const { page, backend } = session;
    await centreForm(page).open(session);
    await centreForm(page).form.waitFor();
    await centreForm(page).legalName.fill('KOPERASI INDUSTRI TAS DAN KOPER (INTAKO)');
    await centreForm(page).nib.fill('9120301762548');
    await centreForm(page).npwp.fill('0017.3528.4614.3000');
    await centreForm(page).bankName.fill('Bank Rakyat Indonesia');
    await centreForm(page).bankBranch.fill('KCP Tanggulangin');
    await centreForm(page).bankAccountNo.fill('0621-01-000318-30-7');
    await centreForm(page).bankAccountName.fill('KOPERASI INDUSTRI TAS DAN KOPER (INTAKO)');
    await centreForm(page).swift.fill('BRINIDJA1');
    await centreForm(page).save.click();
    await centreForm(page).swiftError.filter({ hasText: '8 atau 11 karakter' }).waitFor();
    expect((await backend.must('centre:get', {})).swift).toBeNull();

    await centreForm(page).swift.fill('BRINIDJA');
    await centreForm(page).swiftError.waitFor({ state: 'detached' });
    await centreForm(page).save.click();
    await notice(page).says('Profil sentra disimpan');
    expect(await backend.must('centre:get', {})).toMatchObject({
      legalName: 'KOPERASI INDUSTRI TAS DAN KOPER (INTAKO)', nib: '9120301762548', npwp: '0017352846143000',
      bankName: 'Bank Rakyat Indonesia', bankBranch: 'KCP Tanggulangin', bankAccountNo: '062101000318307', swift: 'BRINIDJA',
      // What was there before stays.
      chairName: 'H. Bambang Sugiarto',
    });
    // The form shows what was stored, as stored.
    expect(await centreForm(page).npwp.inputValue()).toBe('0017352846143000');
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
    await productsScreen(page).open(session);
    const warning = productsScreen(page).missingNames;
    await warning.filter({ hasText: '1 produk ekspor belum punya nama Inggris: TWK-006' }).waitFor();

    await cell(productsScreen(page).grid, 'sku').filter({ hasText: 'TWK-006' }).dblclick();
    await productForm(page).nameEn.fill("Ladies' handbag, croco-embossed cowhide");
    await productForm(page).composition.fill('upper 100 % cowhide leather, lining 100 % polyester');
    await productForm(page).saveAndClose();
    await warning.waitFor({ state: 'detached' });
    expect((await backend.must('products:list', {}))[0]).toMatchObject({
      nameEn: "Ladies' handbag, croco-embossed cowhide", composition: 'upper 100 % cowhide leather, lining 100 % polyester',
    });
    expect(session.problems).toEqual([]);
  });
});
