import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/result';
import { tempApp, type TempApp } from '../helpers/temp-app';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
});
afterEach(() => t.close());

function refusal<T>(result: Result<T>) {
  if (result.ok) throw new Error('expected the call to be refused');
  return result.error;
}

const exporter = {
  name: 'Sentra IKM Tanggulangin',
  legalName: 'KOPERASI INDUSTRI TAS DAN KOPER (INTAKO)',
  addressEn: 'Jl. Raya Kludan No. 68, Tanggulangin, Sidoarjo 61272, East Java, Indonesia',
  nib: '9120 3017 6254 8',
  npwp: '0017.3528.4614.3000',
  contactPerson: 'Sri Wahyuningsih',
  email: 'ekspor@intako.example',
  phone: '(031) 8851 276',
  bankName: 'Bank Rakyat Indonesia',
  bankBranch: 'KCP Tanggulangin',
  bankAccountNo: '0621-01-000318-30-7',
  bankAccountName: 'KOPERASI INDUSTRI TAS DAN KOPER (INTAKO)',
  swift: 'brin idja',
};

describe('the exporter on the centre profile', () => {
  it('saves and reads back legal name, English address, NIB, NPWP, contact and bank, in their stored forms', async () => {
    const saved = await t.must('centre:save', exporter);
    const expected = {
      legalName: 'KOPERASI INDUSTRI TAS DAN KOPER (INTAKO)', addressEn: exporter.addressEn, nib: '9120301762548',
      npwp: '0017352846143000', contactPerson: 'Sri Wahyuningsih', email: 'ekspor@intako.example', bankName: 'Bank Rakyat Indonesia',
      bankBranch: 'KCP Tanggulangin', bankAccountNo: '062101000318307', bankAccountName: exporter.bankAccountName, swift: 'BRINIDJA',
    };
    expect(saved).toMatchObject(expected);
    expect(await t.must('centre:get', {})).toMatchObject(expected);
    // A branch code makes 11 characters; the old 15-digit company NPWP becomes its 16-digit form (leading 0).
    const again = await t.must('centre:save', { ...exporter, swift: 'BRINIDJA123', npwp: '01.735.284.6-143.000' });
    expect(again).toMatchObject({ swift: 'BRINIDJA123', npwp: '0017352846143000' });
    // Blank is blank: the exporter's details are optional until papers are printed.
    expect(await t.must('centre:save', { name: 'Sentra IKM Tanggulangin' })).toMatchObject({ nib: null, npwp: null, swift: null, bankName: null });
  });

  it.each([
    ['swift', 'BRINIDJA1', 'kode SWIFT/BIC harus 8 atau 11 karakter'],
    ['swift', 'BRIN1DJA', 'kode SWIFT/BIC tidak sah'],
    ['nib', '912030176254', 'NIB harus 13 digit'],
    ['npwp', '00173528461430001', 'NPWP harus 16 digit'],
    ['npwp', '00173528461430', 'NPWP harus 16 digit'],
    ['email', 'ekspor.intako.example', 'alamat email tidak sah'],
    ['bankAccountNo', '0621-01-ABC', 'nomor rekening harus berupa angka'],
  ])('refuses %s "%s", naming the field, and keeps what was saved', async (field, value, message) => {
    await t.must('centre:save', exporter);
    const error = refusal(await t.call('centre:save', { ...exporter, [field]: value }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(JSON.stringify(error.details)).toContain(`"${field}"`);
    expect(error.message).toContain(message);
    expect(await t.must('centre:get', {})).toMatchObject({ nib: '9120301762548', swift: 'BRINIDJA', npwp: '0017352846143000' });
  });

  it('says it in English too', async () => {
    const error = refusal(await t.call('centre:save', { ...exporter, swift: 'BRINIDJA1' }, 'en'));
    expect(error.message).toContain('a SWIFT/BIC code has 8 or 11 characters');
  });
});

describe('products without an English name for export papers', () => {
  const product = { category: 'tas', hsCode: '4202.21', labourMinutes: 120, cartonQty: 12, price: 3500, currency: 'USD' as const };

  it('names the products on export orders without name_en, until each gets one', async () => {
    const croco = await t.must('products:save', { ...product, sku: 'TWK-006', name: 'Tas Tangan Kulit Sapi Emboss Croco' });
    await t.must('products:save', { ...product, sku: 'TWS-001', name: 'Tas Tote PU', hsCode: '4202.22' });
    await t.must('products:save', { ...product, sku: 'DPK-001', name: 'Dompet Pria Kulit', category: 'dompet', hsCode: '4202.31', price: 180_000, currency: 'IDR' });
    await t.must('buyers:save', { buyerCode: 'BE-LDR', name: 'Lederwaren Antwerpen', country: 'BE', kind: 'export', currency: 'USD', incoterm: 'FOB' });
    await t.must('buyers:save', { buyerCode: 'SBY-MALL', name: 'Toko Tas Surabaya', country: 'ID', kind: 'domestic', currency: 'IDR' });
    // Nothing on an export order yet: nothing to warn about.
    expect(await t.must('products:missingExportNames', {})).toEqual([]);
    await t.must('orders:save', {
      orderNo: 'PO-LDR-1', buyerCode: 'BE-LDR', orderDate: '2026-11-02', shipBy: '2027-01-15', currency: 'USD',
      lines: [{ sku: 'TWK-006', qty: 300, unitPrice: 3500 }, { sku: 'TWS-001', qty: 200, unitPrice: 750 }],
    });
    await t.must('orders:save', {
      orderNo: 'SO-SBY-1', buyerCode: 'SBY-MALL', orderDate: '2026-11-02', shipBy: '2026-12-15', currency: 'IDR',
      lines: [{ sku: 'DPK-001', qty: 100, unitPrice: 180_000 }],
    });
    expect((await t.must('products:missingExportNames', {})).map((p) => p.sku)).toEqual(['TWK-006', 'TWS-001']);

    const named = await t.must('products:save', {
      ...product, id: croco.id, sku: 'TWK-006', name: croco.name,
      nameEn: "Ladies' handbag, croco-embossed cowhide", composition: 'upper 100 % cowhide leather, lining 100 % polyester',
    });
    expect(named).toMatchObject({ nameEn: "Ladies' handbag, croco-embossed cowhide", composition: 'upper 100 % cowhide leather, lining 100 % polyester' });
    expect(await t.must('products:missingExportNames', {})).toEqual([{ id: expect.any(Number), sku: 'TWS-001', name: 'Tas Tote PU' }]);
  });
});
