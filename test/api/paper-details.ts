import type { TempApp } from '../helpers/temp-app';

/**
 * Fills in, behind the screens, every detail export papers need on a test centre that was
 * arranged without them: the exporter and its bank, each buyer's address, each order's PO and
 * payment terms, each product's English description and composition. Papers are refused
 * without these (issue 12), so a test about an invoice's figures starts from a complete centre.
 */
export async function completePaperDetails(t: TempApp): Promise<void> {
  const centre = await t.must('centre:get', {});
  await t.must('centre:save', {
    ...centre,
    name: centre.name || 'Sentra Uji',
    legalName: 'KOPERASI UJI SENTRA', addressEn: 'Jl. Raya Kludan No. 1, Sidoarjo 61272, Indonesia', nib: '9120301762548',
    npwp: '0017352846143000', bankName: 'PT Bank Rakyat Indonesia (Persero) Tbk', bankAccountNo: '062101000318307',
    bankAccountName: 'KOPERASI UJI SENTRA', swift: 'BRINIDJA',
  });
  const db = t.app.db;
  db.prepare("UPDATE buyer SET address = coalesce(address, '1 Test Street'), city = coalesce(city, 'Testville')").run();
  db.prepare("UPDATE sales_order SET buyer_po = coalesce(buyer_po, 'PO-' || order_no), payment_terms = coalesce(payment_terms, 'T/T 30 % advance, 70 % against copy of B/L')").run();
  db.prepare("UPDATE product SET name_en = coalesce(name_en, 'Bag ' || sku), composition = coalesce(composition, 'upper 100 % cowhide leather, lining polyester')").run();
}
