import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../../main/core/lists/import';
import { dispatch } from '../../main/core/dispatch';
import { memberSheet, readWorkbook, workbookBuffer } from '../fixtures/workbooks';
import { ROADMAP, roadmapCentre } from '../core/roadmap-centre';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { madeBytes } from '../helpers/made-file';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp();
  await t.must('centre:save', { name: 'Sentra IKM Tanggulangin' });
});
afterEach(() => t.close());

function refusal(result: { ok: boolean; error?: { code: string; message: string } }): string {
  return result.ok ? 'accepted' : `${result.error?.code} ${result.error?.message}`;
}

describe('text every workbook can hold', () => {
  it.each([
    ['U+FFFE', 'Sentra \uFFFE Tanggulangin', 'U+FFFE, karakter ke-8'],
    ['U+FFFF', 'Sentra\uFFFF', 'U+FFFF, karakter ke-7'],
    ['an unpaired surrogate', 'Sentra \uD800', 'U+D800, karakter ke-8'],
    ['a bell (C0 control)', 'Sen\u0007tra', 'U+0007, karakter ke-4'],
    ['a C1 control', 'Sentra\u0085', 'U+0085, karakter ke-7'],
  ])('refuses %s in the centre name, naming the field and the character, and keeps the stored name', async (_what, name, where) => {
    const result = await t.call('centre:save', { name });
    expect(refusal(result)).toContain('INVALID_INPUT');
    expect(refusal(result)).toContain(`name: berisi karakter yang tidak dapat disimpan di berkas Excel (${where})`);
    expect((await t.must('centre:get', {})).name).toBe('Sentra IKM Tanggulangin');
  });

  it('names a nested field, in English when asked', async () => {
    const result = await dispatch(t.app, 'orders:save', { orderNo: 'PO-1', lines: [{ sku: 'A', note: 'x\u0001' }] }, 'en');
    expect(refusal(result)).toContain('lines.0.note: holds a character no Excel file can keep (U+0001, character 2)');
  });

  it('keeps tabs, newlines and every real script (Arabic, Chinese, emoji pairs)', async () => {
    const address = 'Jl. Raya Kludan No. 68\r\nRT 01\tRW 02 — 丹格兰金 — تانغولانغين 👜';
    const saved = await t.must('centre:save', { name: 'Sentra IKM Tanggulangin', address });
    expect(saved.address).toBe(address);
  });

  it('an import names the row and column of a control character and writes nothing', async () => {
    const file = await workbookBuffer(memberSheet([[1, 'INT-0001', 'Siti\u0085 Aminah', null, null, 'Kludan', null, 'aktif']]));
    const outcome = await importFile(t.ctx, 'members', 'a.xlsx', file, { dryRun: false, skipInvalid: false });
    expect(outcome.imported).toBe(0);
    expect(outcome.errors).toEqual([{ row: 5, column: 'Nama Lengkap', message: expect.stringContaining('(U+0085, karakter ke-5)') }]);
    expect(await t.must('members:list', {})).toEqual([]);
  });

  it('a roadmap whose KPI name was stored with a control character before the rule still gets its chart sheet', async () => {
    await roadmapCentre(t);
    await t.must('roadmap:save', ROADMAP);
    t.app.db.prepare("UPDATE roadmap_kpi SET name = 'Pengunjung\u0007 kawasan' WHERE name = 'Pengunjung kawasan'").run();
    const result = await t.call('files:report', { name: 'roadmap' });
    expect(refusal(result)).toBe('accepted');
    if (!result.ok) return;
    const workbook = await readWorkbook(madeBytes(result.value));
    expect(workbook.getWorksheet('Grafik')?.getImages().length).toBeGreaterThan(0);
  });
});

describe('numbers no real centre reaches', () => {
  beforeEach(async () => {
    await t.must('materials:save', { materialCode: 'KLT-01', name: 'Kulit sintetis PU', category: 'kulit-sintetis', uom: 'm', unitCost: 45_000, leadTimeDays: 7 });
  });

  it('refuses a stock movement of 1e308 (two of them summed to Infinity in the materials report)', async () => {
    const result = await t.call('stock:record', { materialCode: 'KLT-01', kind: 'receipt', qty: 1e308, date: '2026-11-20' });
    expect(refusal(result)).toContain('qty: angka terlalu besar: paling banyak 100.000.000');
    const negative = await t.call('stock:record', { materialCode: 'KLT-01', kind: 'adjustment', qty: -1e9, date: '2026-11-20', note: 'salah hitung' });
    expect(refusal(negative)).toContain('qty: angka terlalu besar: paling banyak 100.000.000');
    expect(await t.must('stock:movements', { materialCode: 'KLT-01' })).toEqual([]);
  });

  it('refuses Infinity (what JSON.parse makes of 1e400) and NaN anywhere, before the call looks at it', async () => {
    for (const qty of [Number.POSITIVE_INFINITY, Number.NaN, JSON.parse('1e400') as number]) {
      const result = await t.call('stock:record', { materialCode: 'KLT-01', kind: 'receipt', qty, date: '2026-11-20' });
      expect(refusal(result)).toContain('INVALID_INPUT');
    }
    const unbounded = await t.call('exports:list', { year: 5e15 });
    expect(refusal(unbounded)).toContain('year: angka terlalu besar: paling banyak 1.000.000.000.000.000');
  });

  it.each([
    ['an exchange rate of 2^53', 'rates:save', { currency: 'USD', validOn: '2026-11-20', idrPerUnit: 2 ** 53 }, 'idrPerUnit: angka terlalu besar: paling banyak 1.000.000'],
    ['a purchase factor of 2^53', 'materials:save', { materialCode: 'KLT-02', name: 'Kulit sapi', category: 'kulit', uom: 'sqft', unitCost: 30_000, leadTimeDays: 14, purchaseUom: 'hide', purchaseFactor: 2 ** 53 }, 'purchaseFactor: angka terlalu besar: paling banyak 1.000.000'],
    ['a material cost of Rp 10^12', 'materials:save', { materialCode: 'KLT-03', name: 'Benang', category: 'benang', uom: 'roll', unitCost: 1e12, leadTimeDays: 3 }, 'unitCost: angka terlalu besar: paling banyak 100.000.000.000'],
  ] as const)('refuses %s, saying what the bound is', async (_what, name, input, message) => {
    const result = await dispatch(t.app, name, input);
    expect(refusal(result)).toContain(message);
  });
});

describe('refusals that quote, never recite', () => {
  it('a purchase line smaller than the ledger keeps (4 decimals) is refused, not stored as zero (it answered INTERNAL)', async () => {
    await t.must('materials:save', { materialCode: 'KLT-01', name: 'Kulit sintetis PU', category: 'kulit-sintetis', uom: 'm', unitCost: 45_000, leadTimeDays: 7 });
    const input = { supplier: 'CV Penyamakan Kulit Lawu', orderDate: '2026-11-20', expectedOn: '2026-11-27', lines: [{ materialCode: 'KLT-01', qty: 0.00004, unitCost: 45_000 }] };
    expect(refusal(await t.call('purchases:save', input))).toContain('lines.0.qty: terlalu kecil: paling sedikit 0,0001');
    expect(refusal(await t.call('purchases:save', { ...input, lines: [{ ...input.lines[0], qty: 0.0001 }] }))).toBe('accepted');
  });

  it('a million-character code is quoted in part in a NOT_FOUND, and 10.001 bad list items are summed up', async () => {
    const missing = await t.call('bom:get', { sku: 'X'.repeat(1_000_000) });
    expect(missing.ok ? 0 : missing.error.message.length).toBeLessThan(700);
    const many = await dispatch(t.app, 'exports:list', { year: 2026, country: Array.from({ length: 10_001 }, () => null) });
    expect(refusal(many)).toContain('INVALID_INPUT');
    const statuses = await dispatch(t.app, 'orders:page', { status: Array.from({ length: 10_001 }, () => 'draft') });
    expect(refusal(statuses)).toContain('status: terlalu banyak: paling banyak 20 butir');
    const lines = Array.from({ length: 500 }, () => ({ materialCode: '', qty: 'x', unitCost: -1 }));
    const listed = await dispatch(t.app, 'purchases:save', { supplier: 'CV Lawu', orderDate: '2026-11-20', expectedOn: '2026-11-27', lines });
    expect(refusal(listed)).toContain('dan 1.490 masalah lain');
    expect(refusal(listed).length).toBeLessThan(2_000);
  });
});
