import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '../../shared/domain/member';
import type { Product } from '../../shared/domain/catalogue';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { count, exportedList } from './import-update-helpers';

let t: TempApp;
beforeAll(async () => {
  t = await tempApp();
  await t.must('demo:create', { seed: 1976 });
});
afterAll(() => t.close());

async function previewUpdate(kind: 'members' | 'products' | 'units', bytes: Buffer, update = true) {
  return t.must('imports:preview', { kind, fileName: `${kind}.xlsx`, dataBase64: bytes.toString('base64'), update });
}

/** Every field of every record except `updatedAt` (a save stamps it) and the given ones. */
function withoutStamp<T extends { updatedAt?: string }>(rows: T[]): Omit<T, 'updatedAt'>[] {
  return rows.map(({ updatedAt: _updatedAt, ...rest }) => rest);
}

describe('members imported back with a few cells changed', () => {
  it('updates exactly those cells, writes the audit log and the status history', async () => {
    const before = await t.must('members:list', {});
    const [first, second, third] = before.filter((m) => m.status === 'aktif' && m.phone !== null);
    const h = (key: string) => t.ctx.t(key);
    const list = await exportedList(t, 'members', h('member.memberNo'));
    list.set(first.memberNo, h('member.phone'), '081311112222');
    list.set(second.memberNo, h('member.phone'), '081322223333');
    list.set(third.memberNo, h('member.status'), h('status.keluar'));
    const audits = count(t, "SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'member' AND action = 'update'");

    const preview = await previewUpdate('members', await list.bytes());
    expect(preview.update).toEqual({ newRows: 0, changedRows: 3, unchangedRows: before.length - 3 });
    expect(preview.errors).toEqual([]);
    const changed = preview.rows.filter((row) => row.change?.state === 'changed');
    expect(changed.map((row) => row.change?.cells)).toEqual([
      ...[first, second, third]
        .sort((a, b) => list.rowOf(a.memberNo) - list.rowOf(b.memberNo))
        .map((m) => (m === third
          ? [{ key: 'status', before: 'aktif', after: 'keluar' }]
          : [{ key: 'phone', before: m.phone, after: m === first ? '081311112222' : '081322223333' }])),
    ]);

    const outcome = await t.must('imports:commit', { importId: preview.importId, skipInvalid: false });
    expect(outcome).toEqual({ valid: before.length, imported: 0, updated: 3, unchanged: before.length - 3, errors: [] });

    const after = await t.must('members:list', {});
    const expected = before.map((m): Member => {
      if (m.id === first.id) return { ...m, phone: '081311112222' };
      if (m.id === second.id) return { ...m, phone: '081322223333' };
      if (m.id === third.id) return { ...m, status: 'keluar', statusFrom: '2026-11-23' };
      return m;
    });
    expect(withoutStamp(after)).toEqual(withoutStamp(expected));
    expect(count(t, "SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'member' AND action = 'update'")).toBe(audits + 3);
    const history = await t.must('members:get', { id: third.id });
    expect(history.history.at(-1)).toEqual({ validFrom: '2026-11-23', status: 'keluar' });
  });

  it('without update mode a stored number stays an error and nothing is written', async () => {
    const list = await exportedList(t, 'members', t.ctx.t('member.memberNo'));
    const preview = await previewUpdate('members', await list.bytes(), false);
    expect(preview.update).toBeUndefined();
    expect(preview.valid).toBe(0);
    expect(preview.errors[0].message).toContain('sudah terdaftar');
  });
});

describe('products imported back with a few cells changed', () => {
  it('updates exactly those cells and the audit log', async () => {
    const before = await t.must('products:list', {});
    const [first, second] = before;
    const h = (key: string) => t.ctx.t(`imports.columns.products.${key}`);
    const list = await exportedList(t, 'products', h('sku'));
    list.set(first.sku, h('name'), `${first.name} Baru`);
    list.set(second.sku, h('labour_minutes'), second.labourMinutes + 5);
    const audits = count(t, "SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'product' AND action = 'update'");
    const preview = await previewUpdate('products', await list.bytes());
    expect(preview.update).toEqual({ newRows: 0, changedRows: 2, unchangedRows: before.length - 2 });
    const outcome = await t.must('imports:commit', { importId: preview.importId, skipInvalid: false });
    expect(outcome).toMatchObject({ imported: 0, updated: 2, unchanged: before.length - 2, errors: [] });
    const after = await t.must('products:list', {});
    const expected = before.map((p): Product => {
      if (p.id === first.id) return { ...p, name: `${first.name} Baru` };
      if (p.id === second.id) return { ...p, labourMinutes: second.labourMinutes + 5 };
      return p;
    });
    expect(withoutStamp(after)).toEqual(withoutStamp(expected));
    expect(count(t, "SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'product' AND action = 'update'")).toBe(audits + 2);
  });
});

describe('units imported back with workers and activity changed', () => {
  it('opens a dated period in the unit history from today, and only for the changed unit', async () => {
    const units = await t.must('units:list', {});
    const unit = units.find((u) => u.isActive && u.workers > 2 && u.stateFrom < '2026-11-23');
    if (!unit) throw new Error('no active unit in the demo');
    const h = (key: string) => t.ctx.t(key);
    const list = await exportedList(t, 'units', h('unit.unitCode'));
    list.set(unit.unitCode, h('unit.workers'), unit.workers - 1);
    list.set(unit.unitCode, h('unit.isActive'), h('yesNo.no'));
    const periods = count(t, 'SELECT COUNT(*) AS n FROM unit_state');
    const preview = await t.must('imports:preview', {
      kind: 'units', fileName: 'u.xlsx', dataBase64: (await list.bytes()).toString('base64'), update: true,
    });
    expect(preview.update).toEqual({ newRows: 0, changedRows: 1, unchangedRows: units.length - 1 });
    expect(preview.rows.find((row) => row.change?.state === 'changed')?.change?.cells).toEqual([
      { key: 'workers', before: unit.workers, after: unit.workers - 1 },
      { key: 'active', before: true, after: false },
    ]);
    expect(await t.must('imports:commit', { importId: preview.importId, skipInvalid: false })).toMatchObject({ updated: 1, errors: [] });
    expect(count(t, 'SELECT COUNT(*) AS n FROM unit_state')).toBe(periods + 1);
    const after = await t.must('units:get', { id: unit.id });
    expect(after.history.at(-1)).toEqual({ validFrom: '2026-11-23', isActive: false, workers: unit.workers - 1, monthlyCapacity: unit.monthlyCapacity });
    expect(after.history.at(-2)).toMatchObject({ isActive: true, workers: unit.workers });
    expect(count(t, "SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'unit' AND action = 'update' AND entity_id = ?", unit.id)).toBe(1);
  });
});

describe('a bill of materials imported back with one quantity changed', () => {
  it('replaces that line only, with the line it replaced in the audit log', async () => {
    const h = (key: string) => t.ctx.t(`imports.columns.bom.${key}`);
    const list = await exportedList(t, 'bom', h('sku'));
    const firstRow = list.headerRow + 1;
    const sku = String(list.sheet.getRow(firstRow).getCell(list.columnOf(h('sku'))).value);
    const material = String(list.sheet.getRow(firstRow).getCell(list.columnOf(h('material_code'))).value);
    const qtyCell = list.sheet.getRow(firstRow).getCell(list.columnOf(h('qty_per_unit')));
    const oldQty = Number(qtyCell.value);
    qtyCell.value = oldQty + 0.5;
    const preview = await t.must('imports:preview', {
      kind: 'bom', fileName: 'bom.xlsx', dataBase64: (await list.bytes()).toString('base64'), update: true,
    });
    expect(preview.update?.changedRows).toBe(1);
    expect(preview.update?.newRows).toBe(0);
    expect(preview.rows.find((row) => row.change?.state === 'changed')?.change?.cells).toEqual([
      { key: 'qty_per_unit', before: oldQty, after: oldQty + 0.5 },
    ]);
    const outcome = await t.must('imports:commit', { importId: preview.importId, skipInvalid: false });
    expect(outcome).toMatchObject({ imported: 0, updated: 1, errors: [] });
    const audit = t.app.db
      .prepare("SELECT before_json AS before FROM audit_log WHERE action = 'bom-line' ORDER BY id DESC LIMIT 1")
      .get() as { before: string };
    expect(JSON.parse(audit.before)).toMatchObject({ sku, materialCode: material, qtyPerUnit: oldQty });
  });
});

describe('refusals', () => {
  it('a key used twice, or written otherwise than stored, is an error; one bad row writes nothing', async () => {
    const members = await t.must('members:list', {});
    const [first, second, third] = members;
    const h = (key: string) => t.ctx.t(key);
    const list = await exportedList(t, 'members', h('member.memberNo'));
    list.set(first.memberNo, h('member.name'), 'Nama Diganti');
    // The second row now names the third member: the number is used twice in the file.
    list.set(second.memberNo, h('member.memberNo'), third.memberNo);
    const lower = first.memberNo.toLowerCase();
    list.set(first.memberNo, h('member.memberNo'), lower);
    const preview = await previewUpdate('members', await list.bytes());
    const messages = preview.errors.map((e) => `${e.column}: ${e.message}`);
    expect(messages.some((m) => m.includes(`${third.memberNo} sudah dipakai di baris`))).toBe(true);
    expect(messages.some((m) => m.includes(`kode ${lower} ditulis lain dari yang tersimpan (${first.memberNo})`))).toBe(true);
    const outcome = await t.must('imports:commit', { importId: preview.importId, skipInvalid: false });
    expect(outcome.updated).toBe(0);
    // The second row also brings the second member's NIK under another number: refused as well.
    expect(outcome.errors.map((e) => e.column)).toEqual([h('member.memberNo'), h('member.nik'), h('member.memberNo')]);
    expect((await t.must('members:list', {})).map((m) => m.name)).toEqual(members.map((m) => m.name));
  });

  it('a row equal to a stored product but for its SKU is a changed key, refused', async () => {
    const [product] = await t.must('products:list', {});
    const h = (key: string) => t.ctx.t(`imports.columns.products.${key}`);
    const list = await exportedList(t, 'products', h('sku'));
    list.set(product.sku, h('sku'), 'BARU-9999');
    const preview = await previewUpdate('products', await list.bytes());
    expect(preview.update?.newRows).toBe(0);
    expect(preview.errors).toEqual([{
      row: list.rowOf('BARU-9999'),
      column: h('sku'),
      message: `baris ini sama dengan ${product.sku} kecuali kodenya (BARU-9999): kode tidak dapat diubah lewat impor; tulis kembali ${product.sku} atau tambahkan sebagai data baru lewat formulir`,
    }]);
  });

  it('a failing row without skipInvalid writes nothing of the changed rows', async () => {
    const units = await t.must('units:list', {});
    const [first, second] = units;
    const h = (key: string) => t.ctx.t(key);
    const list = await exportedList(t, 'units', h('unit.unitCode'));
    list.set(first.unitCode, h('unit.workers'), first.workers + 3);
    list.set(second.unitCode, h('unit.workers'), 'banyak');
    const preview = await t.must('imports:preview', {
      kind: 'units', fileName: 'u.xlsx', dataBase64: (await list.bytes()).toString('base64'), update: true,
    });
    expect(preview.update?.changedRows).toBe(1);
    const history = count(t, 'SELECT COUNT(*) AS n FROM unit_state');
    const outcome = await t.must('imports:commit', { importId: preview.importId, skipInvalid: false });
    expect(outcome).toMatchObject({ imported: 0, updated: 0 });
    expect(outcome.errors).toHaveLength(1);
    expect(count(t, 'SELECT COUNT(*) AS n FROM unit_state')).toBe(history);
    expect((await t.must('units:get', { id: first.id })).workers).toBe(first.workers);
  });

  it('stock, a ledger, refuses update mode', async () => {
    const result = await t.call('imports:preview', { kind: 'stock', fileName: 's.xlsx', dataBase64: '', update: true });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toBe('Mutasi Stok tidak dapat diperbarui dari berkas: daftar ini hanya bisa ditambah (tanpa --update)');
  });

  it('an error list of a file that is not a workbook is refused with a reason, not a crash', async () => {
    const errors = [{ row: 7, column: 'No. HP', message: 'x' }];
    for (const dataBase64 of ['', Buffer.from('bukan excel').toString('base64')]) {
      const result = await t.call('imports:errorWorkbook', { fileName: 'a.xlsx', dataBase64, sheetName: 'Anggota', headerRow: 5, errors });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('IMPORT_UNREADABLE');
    }
  });
});
