import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../main/core/platform/db/connection';
import { migrations } from '../../main/core/platform/db/migrations';
import { registryWorkbook } from '../../main/core/lists/workbooks';
import { importFile, previewImport } from '../../main/core/lists/import';
import type { Result } from '../../shared/result';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { seedOrders, seedSupply, sheetValues } from '../fixtures/supply-workbooks';
import { translator } from '../../shared/i18n';
import { readWorkbook, workbookBuffer } from '../fixtures/workbooks';

const TODAY = '2026-11-23';
const open: TempApp[] = [];
const titled = (name: string, title: string, header: string[], rows: (string | number | null)[][]) => ({ name, rows: [[title], [], header, ...rows] });
afterEach(() => {
  for (const t of open.splice(0)) t.close();
});

async function app(): Promise<TempApp> {
  const t = await tempApp({ today: TODAY });
  open.push(t);
  return t;
}

function refusal<T>(result: Result<T>) {
  if (result.ok) throw new Error('expected the call to be refused');
  return result.error;
}

const PAPERS = {
  address: 'Meir 48\n2nd floor', city: 'Antwerpen', postcode: '2000', contact: 'Sofie Verhaegen', email: 'sofie@verhaegen.example.be',
  phone: '+32 3 555 01 64', notifyParty: 'Antwerp Freight Services NV\nNoorderlaan 147, 2030 Antwerpen, Belgium',
  paymentTerms: 'D/P at sight', incotermPlace: 'Antwerp', portOfDischarge: 'Antwerp, Belgium',
};
const mvh = { buyerCode: 'BE-MVH', name: 'Maison Verhaegen BV', country: 'BE', kind: 'export' as const, currency: 'EUR' as const, incoterm: 'CIF' as const };

async function withProduct(t: TempApp): Promise<void> {
  await t.must('products:save', { sku: 'TAS-1', name: 'Tas', category: 'tas', hsCode: '4202.22', labourMinutes: 60, cartonQty: 10, price: 500, currency: 'EUR' });
}
const order = (orderNo: string) => ({
  orderNo, buyerCode: 'BE-MVH', orderDate: '2026-11-20', shipBy: '2027-01-15', currency: 'EUR' as const, idrRate: 18_000, lines: [{ sku: 'TAS-1', qty: 120, unitPrice: 2450 }],
});

describe('a buyer’s and an order’s details for export papers', () => {
  it('saves and gives back the buyer’s address, contact, notify party, payment terms, place and port', async () => {
    const t = await app();
    const saved = await t.must('buyers:save', { ...mvh, ...PAPERS, email: '  sofie@verhaegen.example.be ' });
    expect(saved).toMatchObject({ ...mvh, ...PAPERS });
    const cleared = await t.must('buyers:save', { ...mvh, id: saved.id, address: '', email: null });
    expect(cleared).toMatchObject({ address: null, email: null, city: null, paymentTerms: null });
  });

  it('refuses an e-mail without @ or domain and an overlong payment term, naming the field', async () => {
    const t = await app();
    for (const email of ['sofie.verhaegen.example.be', 'sofie@localhost', 'so fie@x.be']) {
      const error = refusal(await t.call('buyers:save', { ...mvh, email }));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message).toContain('email');
      expect(error.message).toContain('bukan alamat e-mail');
    }
    expect(refusal(await t.call('buyers:save', { ...mvh, paymentTerms: 'T/T '.repeat(60) })).message).toContain('paymentTerms');
    expect(await t.must('buyers:list', {})).toHaveLength(0);
  });

  it('a new order takes the buyer’s payment terms, keeps its own when given, and holds the buyer’s PO', async () => {
    const t = await app();
    await withProduct(t);
    await t.must('buyers:save', { ...mvh, ...PAPERS });
    const taken = await t.must('orders:save', { ...order('SO-1'), buyerPo: 'MVH-PO-26117', buyerPoDate: '2026-11-17' });
    expect(taken).toMatchObject({ buyerPo: 'MVH-PO-26117', buyerPoDate: '2026-11-17', paymentTerms: 'D/P at sight' });
    const own = await t.must('orders:save', { ...order('SO-2'), paymentTerms: 'T/T 100 % before shipment' });
    expect(own).toMatchObject({ buyerPo: null, buyerPoDate: null, paymentTerms: 'T/T 100 % before shipment' });
    // The buyer's terms change later: the orders already made keep theirs.
    await t.must('buyers:save', { ...mvh, id: (await t.must('buyers:list', {}))[0].id, paymentTerms: 'L/C at sight' });
    expect((await t.must('orders:get', { id: taken.id })).paymentTerms).toBe('D/P at sight');
    expect((await t.must('orders:save', order('SO-3'))).paymentTerms).toBe('L/C at sight');
  });

  it('refuses a buyer’s PO dated after today or not a date, by field, and stores nothing', async () => {
    const t = await app();
    await withProduct(t);
    await t.must('buyers:save', mvh);
    const future = refusal(await t.call('orders:save', { ...order('SO-1'), buyerPoDate: '2026-11-24' }));
    expect(future).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'buyerPoDate' } });
    expect(future.message).toContain('tanggal PO pembeli tidak boleh setelah hari ini');
    expect(refusal(await t.call('orders:save', { ...order('SO-1'), buyerPoDate: '2026-02-30' })).message).toContain('buyerPoDate');
    expect((await t.must('orders:page', { sort: 'orderNo' })).rows).toHaveLength(0);
  });
});

describe('import and export with the new columns', () => {
  async function seeded(): Promise<TempApp> {
    const t = await app();
    await seedSupply(t);
    await seedOrders(t);
    const acme = (await t.must('buyers:list', {})).find((b) => b.buyerCode === 'US-ACME');
    await t.must('buyers:save', {
      id: acme?.id, buyerCode: 'US-ACME', name: 'Acme Handbags Inc.', country: 'US', kind: 'export', currency: 'USD', incoterm: 'FOB',
      address: '1450 Broadway, Suite 1203\nGarment District', city: 'New York, NY', postcode: '10018', contact: 'Megan Holloway',
      email: 'megan@acme.example.com', phone: '+1 212 555 0147', notifyParty: 'Crossroads Customs Brokerage Inc.\nJamaica, NY 11434, USA',
      paymentTerms: 'T/T 30 % deposit, 70 % against copy of B/L', incotermPlace: 'Tanjung Perak, Surabaya', portOfDischarge: 'New York, USA',
    });
    await t.must('orders:save', {
      orderNo: 'PO-2026-009', buyerCode: 'US-ACME', orderDate: '2026-11-02', shipBy: '2027-01-30', currency: 'USD', idrRate: 16_700,
      buyerPo: 'PO 4500123456', buyerPoDate: '2026-10-29', lines: [{ sku: 'TW-001', qty: 300, unitPrice: 1250 }, { sku: 'DP-002', qty: 500, unitPrice: 320 }],
    });
    return t;
  }

  it('buyers and orders come back unchanged in a fresh database, from Indonesian and from English files', async () => {
    const t = await seeded();
    for (const locale of ['id', 'en'] as const) {
      const fresh = await app();
      await fresh.must('centre:save', { name: 'Sentra IKM Tanggulangin', cooperativeName: 'Koperasi INTAKO' });
      const ctx = locale === 'id' ? t.ctx : { ...t.ctx, locale, t: translator('en') };
      for (const kind of ['products', 'buyers', 'orders'] as const) {
        const file = await registryWorkbook(ctx, kind);
        const preview = await previewImport(fresh.ctx, kind, `${kind}.xlsx`, file);
        expect(preview.ignoredHeaders).toEqual([]);
        if (kind !== 'products') {
          expect(preview.columns.map((c) => c.key)).toEqual(expect.arrayContaining(
            kind === 'buyers' ? ['address', 'city', 'postcode', 'contact', 'email', 'phone', 'notify_party', 'payment_terms', 'port_of_discharge'] : ['buyer_po', 'buyer_po_date', 'payment_terms'],
          ));
        }
        const outcome = await importFile(fresh.ctx, kind, `${kind}.xlsx`, file, { dryRun: false, skipInvalid: false });
        expect(outcome.errors).toEqual([]);
      }
      for (const kind of ['buyers', 'orders'] as const) {
        const again = await registryWorkbook(fresh.ctx, kind);
        const first = await registryWorkbook(t.ctx, kind);
        expect(sheetValues(await readWorkbook(again)), kind).toEqual(sheetValues(await readWorkbook(first)));
      }
      const id = (await fresh.must('orders:page', { sort: 'orderNo' })).rows.find((o) => o.orderNo === 'PO-2026-009')?.id ?? 0;
      expect(await fresh.must('orders:get', { id })).toMatchObject({
        buyerPo: 'PO 4500123456', buyerPoDate: '2026-10-29', paymentTerms: 'T/T 30 % deposit, 70 % against copy of B/L',
      });
      expect((await fresh.must('buyers:list', {})).find((b) => b.buyerCode === 'US-ACME')).toMatchObject({
        address: '1450 Broadway, Suite 1203\nGarment District', notifyParty: 'Crossroads Customs Brokerage Inc.\nJamaica, NY 11434, USA', incotermPlace: 'Tanjung Perak, Surabaya',
      });
    }
  });

  it('reads Indonesian headers and names a bad e-mail and a future PO date by row and column', async () => {
    const t = await app();
    await seedSupply(t);
    const buyers = await workbookBuffer(titled('Pembeli', 'DAFTAR PEMBELI',
      ['No', 'Kode Pembeli', 'Nama', 'Negara', 'Jenis', 'Mata Uang', 'Incoterm', 'Alamat', 'Kota', 'Kode Pos', 'Kontak', 'Email', 'Telepon', 'Pihak yang Diberitahu', 'Syarat Pembayaran', 'Pelabuhan Tujuan'],
      [
        [1, 'NL-VDL', 'Van der Linden B.V.', 'Belanda', 'ekspor', 'EUR', 'FOB Tanjung Perak, Surabaya', 'Kalverstraat 112', 'Amsterdam', '1012 PK', 'Pieter', 'inkoop@vdl.example.nl', '+31 20 555 0173', 'Same as consignee', 'L/C at sight', 'Rotterdam'],
        [2, 'MY-KMS', 'Kulit Mewah Sdn. Bhd.', 'Malaysia', 'ekspor', 'USD', 'CIF', null, 'Kuala Lumpur', null, null, 'aisyah-at-kulitmewah', null, null, null, null],
      ]));
    const outcome = await importFile(t.ctx, 'buyers', 'pembeli.xlsx', buyers, { dryRun: false, skipInvalid: true });
    expect(outcome.errors).toEqual([expect.objectContaining({ column: 'Email', message: expect.stringContaining('bukan alamat e-mail') })]);
    expect((await t.must('buyers:list', {})).find((b) => b.buyerCode === 'NL-VDL')).toMatchObject({
      address: 'Kalverstraat 112', city: 'Amsterdam', postcode: '1012 PK', contact: 'Pieter', email: 'inkoop@vdl.example.nl', phone: '+31 20 555 0173',
      notifyParty: 'Same as consignee', paymentTerms: 'L/C at sight', portOfDischarge: 'Rotterdam', incoterm: 'FOB', incotermPlace: 'Tanjung Perak, Surabaya',
    });
    const orders = await workbookBuffer(titled('Pesanan', 'REKAP PESANAN',
      ['No', 'No. PO', 'Kode Pembeli', 'Tgl PO', 'Tanggal Kirim', 'Valuta', 'No. PO Pembeli', 'Tanggal PO Pembeli', 'Syarat Pembayaran', 'Kode Barang', 'Jumlah', 'Harga Satuan'],
      [
        [1, 'SO-1', 'NL-VDL', '2026-11-10', '2027-01-10', 'EUR', 'VDL/2026/041', '2026-11-06', null, 'TW-001', 100, 24.5],
        [2, 'SO-2', 'NL-VDL', '2026-11-10', '2027-01-10', 'EUR', 'VDL/2026/042', '2026-12-01', 'T/T 100 % before shipment', 'TW-001', 100, 24.5],
      ]));
    const placed = await importFile(t.ctx, 'orders', 'po.xlsx', orders, { dryRun: false, skipInvalid: true });
    expect(placed.errors).toEqual([expect.objectContaining({ column: 'Tanggal PO Pembeli', message: expect.stringContaining('setelah hari ini') })]);
    const rows = (await t.must('orders:page', { sort: 'orderNo' })).rows;
    expect(rows.map((o) => o.orderNo)).toEqual(['SO-1']);
    expect(await t.must('orders:get', { id: rows[0].id })).toMatchObject({ buyerPo: 'VDL/2026/041', buyerPoDate: '2026-11-06', paymentTerms: null });
    // A file says what was agreed: an empty term stays empty (so an export comes back unchanged); the form copies the buyer's.
  });
});

describe('migration 016 (buyer papers)', () => {
  let dir: string | undefined;
  let db: Db | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sentra-v16-'));
  });
  afterEach(() => {
    db?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('opens a centre of schema 15 with its buyers and orders kept and the new details empty', async () => {
    const path = join(dir ?? '', 'centre.sqlite');
    const old = await openDatabase(path, { migrations: migrations.filter((m) => m.version < 16) });
    old.prepare(`INSERT INTO buyer (buyer_code, name, country, kind, currency, incoterm, created_at, updated_at) VALUES ('US-BLW', 'Bellwether', 'US', 'export', 'USD', 'FOB', 'x', 'x')`).run();
    old.prepare(`INSERT INTO sales_order (order_no, buyer_id, order_date, ship_by, currency, idr_rate, status, created_at, updated_at)
                 VALUES ('SO-2025-00001', 1, '2025-03-01', '2025-05-01', 'USD', 16000, 'draft', 'x', 'x')`).run();
    old.close();
    db = await openDatabase(path);
    expect(db.prepare('SELECT buyer_code, incoterm, address, email, payment_terms, incoterm_place, port_of_discharge FROM buyer').raw().all()).toEqual([
      ['US-BLW', 'FOB', null, null, null, null, null],
    ]);
    expect(db.prepare('SELECT order_no, buyer_po, buyer_po_date, payment_terms FROM sales_order').raw().all()).toEqual([['SO-2025-00001', null, null, null]]);
  });
});
