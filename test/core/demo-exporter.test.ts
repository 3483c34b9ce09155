import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkNib, checkNpwp, checkSwift } from '../../shared/domain/exporter';
import { PRODUCTS } from '../../main/core/demo/products-data';
import { tempApp, type TempApp } from '../helpers/temp-app';

let t: TempApp;
beforeAll(async () => {
  t = await tempApp({ today: '2026-11-23' });
  await t.must('demo:create', { seed: 1976 });
});
afterAll(() => t.close());

describe('the demonstration centre for export papers', () => {
  it('names every product in English with its material composition, leather or not as its outer material is', async () => {
    const products = await t.must('products:list', {});
    expect(products).toHaveLength(PRODUCTS.length);
    for (const product of products) {
      expect(product.nameEn, product.sku).toMatch(/^[\x20-\x7e]{8,}$/);
      expect(product.composition, product.sku).toMatch(/100 %/);
      // English only: no Indonesian words of the catalogue's names slipped in.
      expect(product.nameEn, product.sku).not.toMatch(/\b(tas|kulit|dompet|sapi|koper|wanita|pria)\b/i);
      const saysLeather = /leather/.test(product.composition ?? '') && !/synthetic|PU|PVC/.test(product.composition ?? '');
      if (product.outerMaterial === 'kulit') expect(product.composition, product.sku).toMatch(/(cowhide|sheepskin|goatskin) leather/);
      if (product.outerMaterial === 'sintetis') expect(saysLeather, product.sku).toBe(false);
    }
    expect(products.find((p) => p.sku === 'TWK-006')).toMatchObject({
      nameEn: "Ladies' handbag, croco-embossed cowhide", composition: 'upper 100 % cowhide leather (croco embossed), lining 100 % polyester',
    });
    expect(await t.must('products:missingExportNames', {})).toEqual([]);
  });

  it('has the exporter with its legal name, English address, NIB, NPWP and bank details', async () => {
    const centre = await t.must('centre:get', {});
    expect(centre).toMatchObject({
      legalName: 'KOPERASI INDUSTRI TAS DAN KOPER (INTAKO)',
      addressEn: 'Jl. Raya Kludan No. 68, Tanggulangin, Sidoarjo 61272, East Java, Indonesia',
      bankName: expect.stringContaining('Bank Rakyat Indonesia'),
      bankBranch: expect.stringContaining('KCP Tanggulangin'),
      bankAccountName: 'KOPERASI INDUSTRI TAS DAN KOPER (INTAKO)',
      swift: 'BRINIDJA',
    });
    expect(checkNib(centre.nib ?? '')).toEqual({ ok: true, value: centre.nib });
    expect(checkNpwp(centre.npwp ?? '')).toEqual({ ok: true, value: centre.npwp });
    expect(checkSwift(centre.swift ?? '')).toEqual({ ok: true, value: 'BRINIDJA' });
    expect(centre.bankAccountNo).toMatch(/^\d{15}$/);
    expect(centre.contactPerson).toBeTruthy();
    expect(centre.email).toContain('@');
  });
});
