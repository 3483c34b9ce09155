import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setPreference } from '../../main/core/platform/db/preferences';
import { MAX_GRID_COLUMNS } from '../../shared/api/system';
import { tempApp, type TempApp } from '../helpers/temp-app';

/** Screen preferences: only the keys the screens use, each with a bounded value. */

let t: TempApp;
beforeEach(async () => {
  t = await tempApp();
});
afterEach(() => t.close());

function refusal<T>(result: { ok: true; value: T } | { ok: false; error: { code: string; message: string; details?: unknown } }) {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

function storedKeys(): unknown[] {
  return t.app.db.prepare('SELECT key FROM preference ORDER BY key').pluck().all();
}

const members = [
  { colId: 'memberNo', width: 120, hide: false, pinned: 'left', sort: 'asc', sortIndex: 0, flex: null },
  { colId: 'phone', width: 140, hide: true, pinned: null, sort: null, sortIndex: null, flex: null },
];

describe('screen preferences', () => {
  it('keeps the language, the rate per minute and every grid\'s columns the screens save', async () => {
    await t.must('prefs:set', { key: 'ui.language', value: 'en' });
    await t.must('prefs:set', { key: 'production.ratePerMinute', value: 60 });
    for (const grid of ['members', 'units', 'stockBalances', 'workshopMaterials', 'pieceRates']) {
      await t.must('prefs:set', { key: `grid.${grid}`, value: members });
    }
    expect(await t.must('prefs:get', { key: 'ui.language' })).toEqual({ value: 'en' });
    expect(await t.must('prefs:get', { key: 'production.ratePerMinute' })).toEqual({ value: 60 });
    expect(await t.must('prefs:get', { key: 'grid.pieceRates' })).toEqual({ value: members });
    expect(await t.must('prefs:get', { key: 'grid.orders' })).toEqual({ value: null });
  });

  it('refuses a key no screen uses, naming it, at set and at get, and stores nothing', async () => {
    const unknown = refusal(await t.call('prefs:set', { key: 'anything.goes', value: 'x' }, 'en'));
    expect(unknown.code).toBe('INVALID_INPUT');
    expect(unknown.message).toContain('key: unknown preference "anything.goes"');
    expect(refusal(await t.call('prefs:set', { key: 'grid.', value: [] })).message).toContain('preferensi "grid." tidak dikenal');
    expect(refusal(await t.call('prefs:set', { key: 'grid.members.extra', value: [] })).code).toBe('INVALID_INPUT');
    expect(refusal(await t.call('prefs:get', { key: '__proto__' })).message).toContain('"__proto__"');
    expect(refusal(await t.call('prefs:get', { key: 'toString' })).code).toBe('INVALID_INPUT');
    expect(storedKeys()).toEqual([]);
  });

  it('refuses values out of bounds: a 100k-character language, 201 columns, 20 KB of columns, an odd column', async () => {
    const language = refusal(await t.call('prefs:set', { key: 'ui.language', value: 'x'.repeat(100_000) }, 'en'));
    expect(language.message).toBe("Invalid input: value: language must be 'id' or 'en'");
    expect(refusal(await t.call('prefs:set', { key: 'production.ratePerMinute', value: 2 ** 53 })).code).toBe('INVALID_INPUT');
    expect(refusal(await t.call('prefs:set', { key: 'production.ratePerMinute', value: -1 })).code).toBe('INVALID_INPUT');

    const tooMany = Array.from({ length: MAX_GRID_COLUMNS + 1 }, (_, i) => ({ colId: `c${i}` }));
    expect(refusal(await t.call('prefs:set', { key: 'grid.members', value: tooMany })).code).toBe('INVALID_INPUT');
    const tooBig = Array.from({ length: 150 }, (_, i) => ({ colId: `${'c'.repeat(95)}${i}`, headerName: 'h'.repeat(100) }));
    expect(refusal(await t.call('prefs:set', { key: 'grid.members', value: tooBig })).code).toBe('INVALID_INPUT');
    expect(refusal(await t.call('prefs:set', { key: 'grid.members', value: { hidden: ['nik'] } })).code).toBe('INVALID_INPUT');
    const oddColumn = refusal(await t.call('prefs:set', { key: 'grid.members', value: [{ colId: 'x', width: 'wide' }] }));
    expect(oddColumn.details).toEqual({ fields: [expect.objectContaining({ field: 'value.0.width' })] });
    expect(storedKeys()).toEqual([]);
  });

  it('keeps only the column fields it knows, so an ag-grid upgrade cannot fill the database', async () => {
    await t.must('prefs:set', { key: 'grid.members', value: [{ colId: 'phone', hide: true, somethingNew: 'x'.repeat(1000) }] });
    expect(await t.must('prefs:get', { key: 'grid.members' })).toEqual({ value: [{ colId: 'phone', hide: true }] });
  });

  it('reads a stored value that no longer fits, or is not JSON at all, as nothing saved', async () => {
    setPreference(t.app.db, 'grid.members', { hidden: ['nik'] });
    setPreference(t.app.db, 'ui.language', 'fr');
    t.app.db.prepare("INSERT INTO preference (key, value_json) VALUES ('grid.units', '{not json')").run();
    expect(await t.must('prefs:get', { key: 'grid.members' })).toEqual({ value: null });
    expect(await t.must('prefs:get', { key: 'ui.language' })).toEqual({ value: null });
    expect(await t.must('prefs:get', { key: 'grid.units' })).toEqual({ value: null });
  });
});
