import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkWorkbooks, describeCheck, type RecalcCheck } from '../helpers/recalc';
import { tempApp, type TempApp } from '../helpers/temp-app';

/**
 * The production, government, registry and roadmap workbooks of the demonstration centre (June
 * 2026 and January–November, in Indonesian and English) and of a new centre, opened by
 * LibreOffice with recalculation forced: every formula cell caches what it computes, so the
 * utilisation, capacity and value a reader sees are the report's figures. Needs `soffice`.
 */

let t: TempApp;
let empty: TempApp;
let check: RecalcCheck;
let files: string[] = [];

beforeAll(async () => {
  t = await tempApp({ today: '2026-12-07' });
  await t.must('demo:create', { seed: 1976 });
  empty = await tempApp({ today: '2026-12-07' });
  const dir = join(t.dir, 'recalc');
  mkdirSync(dir);
  const write = async (app: TempApp, prefix: string, name: 'production' | 'government' | 'registry' | 'roadmap', period: { from: string; to: string }, locale: 'id' | 'en' = 'id') => {
    const result = await app.call('files:report', { name, ...period }, locale);
    if (!result.ok) return;
    const path = join(dir, `${prefix}${name}-${period.from}-${period.to}.xlsx`);
    writeFileSync(path, Buffer.from(result.value.dataBase64, 'base64'));
    files.push(path);
  };
  for (const period of [{ from: '2026-06', to: '2026-06' }, { from: '2026-01', to: '2026-11' }]) {
    for (const name of ['production', 'government', 'registry', 'roadmap'] as const) await write(t, '', name, period);
    await write(t, 'en-', 'government', period, 'en');
    await write(t, 'en-', 'production', period, 'en');
  }
  for (const name of ['production', 'government', 'registry'] as const) await write(empty, 'empty-', name, { from: '2026-01', to: '2026-11' });
  check = await checkWorkbooks(files);
}, 600_000);
afterAll(() => {
  t?.close();
  empty?.close();
});

describe('the figures workbooks recalculated by LibreOffice', () => {
  it('cache in every formula cell what the formula computes', () => {
    expect(files.length).toBe(15);
    expect(check.cells).toBeGreaterThan(1_000);
    expect(describeCheck(check)).toEqual([]);
  });
});
