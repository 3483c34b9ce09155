import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../main/core/dispatch';
import { importFile, previewImport } from '../../main/core/lists/import';
import { ImportStore, PendingFile } from '../../main/core/platform/import/import-store';
import { importKinds } from '../../main/core/lists/kinds';
import { streamSheet } from '../../main/core/platform/import/sheet';
import { translator } from '../../shared/i18n';
import { memberSheet, unitSheet, workbookBuffer } from '../fixtures/workbooks';
import { tempApp, type TempApp } from '../helpers/temp-app';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp();
});
afterEach(() => t.close());

const id = translator('id');

function members(count: number, name = (i: number) => `Anggota ${i}`): (string | number | null)[][] {
  return Array.from({ length: count }, (_, i) => [i + 1, `INT-${String(i + 1).padStart(5, '0')}`, name(i + 1), null, null, 'Kludan', null, 'aktif']);
}

async function refusal(work: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await work;
  } catch (error) {
    const { code, message } = error as { code: string; message: string };
    return { code, message };
  }
  return { code: 'accepted', message: '' };
}

describe('an import file has limits', () => {
  it('stops past the row limit with a sentence saying how many rows a file may hold, and reads a file at the limit', async () => {
    const limits = { rows: 50, cellCharacters: 32_767 };
    const read = async (count: number) => streamSheet(importKinds.members.specs, await workbookBuffer(memberSheet(members(count))), 'a.xlsx', id, () => () => undefined, limits);
    expect((await read(50)).rowCount).toBe(50);
    const over = await refusal(read(51));
    expect(over).toEqual({
      code: 'IMPORT_TOO_LARGE',
      message: expect.stringContaining('Lembar "Anggota" berisi lebih dari 50 baris data, batas satu berkas impor.'),
    });
  });

  it('refuses a cell longer than Excel allows, naming the cell and quoting only its start', async () => {
    const file = await workbookBuffer(memberSheet(members(3, (i) => (i === 2 ? 'Siti '.repeat(6_700) : `Anggota ${i}`))));
    const refused = await refusal(importFile(t.ctx, 'members', 'a.xlsx', file, { dryRun: true, skipInvalid: false }));
    expect(refused.code).toBe('IMPORT_TOO_LARGE');
    expect(refused.message).toContain('Sel C6 (kolom "Nama Lengkap") berisi lebih dari 32.767 karakter');
    expect(refused.message.length).toBeLessThan(300);
  });

  it('refuses a tiny file that unpacks to one huge string before building it (a 286 MB string once took 2,5 GB)', async () => {
    const file = await workbookBuffer(memberSheet(members(1, () => 'x'.repeat(3_000_000))));
    expect(file.length).toBeLessThan(50_000);
    const refused = await refusal(previewImport(t.ctx, 'members', 'bom.xlsx', file));
    expect(refused).toEqual({ code: 'IMPORT_TOO_LARGE', message: expect.stringContaining('lebih dari 32.767 karakter dalam satu sel') });
    expect(refused.message.length).toBeLessThan(300);
  });
});

describe('a preview', () => {
  it('lists the first thousand problems, counts them all, and quotes a long bad value only in part', async () => {
    const rows = members(1_500).map((row, i) => {
      row[7] = i === 0 ? 'x'.repeat(5_000) : 'anggota kehormatan';
      return row;
    });
    const preview = await previewImport(t.ctx, 'members', 'a.xlsx', await workbookBuffer(memberSheet(rows)));
    expect({ total: preview.total, valid: preview.valid, invalidRows: preview.invalidRows, errorCount: preview.errorCount, listed: preview.errors.length }).toEqual({
      total: 1_500, valid: 0, invalidRows: 1_500, errorCount: 1_500, listed: 1_000,
    });
    expect(preview.rows.length).toBe(1_000);
    const longest = Math.max(...preview.rows.flatMap((row) => Object.values(row.values).map((value) => String(value ?? '').length)));
    expect(longest).toBeLessThanOrEqual(61);
    expect(Math.max(...preview.errors.map((error) => error.message.length))).toBeLessThan(300);
  });

  it('is read off the calling thread: another call is answered while a large file is still being read', async () => {
    const file = await workbookBuffer(memberSheet(members(20_000)));
    let previewed = false;
    const preview = previewImport(t.ctx, 'members', 'big.xlsx', file).then((result) => {
      previewed = true;
      return result;
    });
    const info = await dispatch(t.app, 'centre:get', {});
    expect({ answered: info.ok, previewDone: previewed }).toEqual({ answered: true, previewDone: false });
    expect((await preview).valid).toBe(20_000);
  });

  it('reads at most two files at once; a third is refused with a sentence to wait, not queued in memory', async () => {
    const file = await workbookBuffer(memberSheet(members(2_000)));
    const input = { kind: 'members' as const, fileName: 'a.xlsx', dataBase64: file.toString('base64') };
    const results = await Promise.all([1, 2, 3].map(() => dispatch(t.app, 'imports:preview', input)));
    expect(results.map((result) => (result.ok ? 'ok' : result.error.code))).toEqual(['ok', 'ok', 'TOO_MANY']);
    expect(results[2].ok ? '' : results[2].error.message).toBe(id('guard.importsBusy', { count: 2 }));
  });

  it('keeps at most four previewed files, forgetting the oldest first', () => {
    const store = new ImportStore({ entries: 4, bytes: 1_000, ttlMs: 60_000 });
    const ids = [1, 2, 3, 4, 5].map((n) => store.put(new PendingFile('members', `${n}.xlsx`, Buffer.alloc(100))));
    expect(store.take(ids[0])).toBeUndefined();
    expect(store.take(ids[4])?.fileName).toBe('5.xlsx');
    // 2, 3 and 4 wait (300 bytes); 900 more pass the 1.000 bytes, so 2 and 3 go.
    const big = store.put(new PendingFile('members', 'big.xlsx', Buffer.alloc(900)));
    expect(store.size).toBe(2);
    expect(store.take(ids[1])).toBeUndefined();
    expect(store.take(ids[3])?.fileName).toBe('4.xlsx');
    expect(store.take(big)?.fileName).toBe('big.xlsx');
  });

  it('a unit file with a long unknown category quotes it in part', async () => {
    const units = await workbookBuffer(unitSheet([[1, 'UU-01', 'Tas Mawar', null, 'Tas'.repeat(2_000), 6, 100, 'A', 'ya']]));
    const outcome = await importFile(t.ctx, 'units', 'u.xlsx', units, { dryRun: true, skipInvalid: false });
    expect(outcome.errors).toHaveLength(1);
    expect(outcome.errors[0].message.length).toBeLessThan(300);
  });
});
