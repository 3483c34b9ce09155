import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/core/platform/db/connection';
import { addOrder, seedCentre } from './centre';
import { sentraJson, sentraRun } from '../helpers/cli';

let dir: string;
let db: string;

/** `sentra … --db <the test centre>`, in this process. */
function sentra(...args: string[]) {
  return sentraRun(...args, '--db', db);
}

/** Exactly one JSON object on stdout. */
function json(...args: string[]): Promise<{ code: number | null; value: unknown }> {
  return sentraJson(...args, '--db', db);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sentra-plan-cli-'));
  db = join(dir, 'centre.sqlite');
  const handle = await openDatabase(db);
  seedCentre(handle);
  addOrder(handle, { orderNo: 'EXP-1', buyerId: 1, shipBy: '2027-01-15', qty: 600 });
  addOrder(handle, { orderNo: 'DOM-2', buyerId: 2, shipBy: '2027-01-29', productId: 2, qty: 100 });
  handle.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sentra plan and sentra promise', () => {
  it('prints the plan in the agreed JSON shape', async () => {
    const { code, value } = await json('plan', '--today', '2026-11-23');
    expect(code).toBe(0);
    expect(Object.keys(value as object).sort()).toEqual(['assignments', 'late', 'purchases']);
    const plan = value as { assignments: Record<string, unknown>[]; late: Record<string, unknown>[]; purchases: Record<string, unknown>[] };
    expect(plan.assignments.length).toBeGreaterThan(0);
    for (const a of plan.assignments) {
      expect(Object.keys(a).sort()).toEqual(['end', 'member_no', 'minutes', 'order_no', 'qty', 'reason', 'sku', 'start', 'unit_code']);
      expect(a).toMatchObject({ order_no: 'EXP-1', sku: 'TAS-01', qty: expect.any(Number), start: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
      expect(String(a.end) <= '2027-01-08').toBe(true);
      // Members' workshops (INT-1 owns UA, INT-2 UB), grade first on this export line; TAS-01 has no labour minutes.
      expect(a.member_no).toBe(a.unit_code === 'UA' ? 'INT-1' : 'INT-2');
      expect(a.minutes).toBe(0);
      expect(a.reason).toMatch(/^ekspor, grade [AB] didahulukan; anggota, dibagi menurut sisa kapasitas: \d+ % dari pesanan, beban minggu \d\d\/\d\d: \d+ %; dihitung per potong \(produk tanpa menit kerja\)$/);
    }
    expect(plan.assignments.reduce((sum, a) => sum + Number(a.qty), 0)).toBe(600);
    expect(plan.late).toEqual([{ order_no: 'DOM-2', sku: 'DOM-01', short_qty: 100, reason: 'no-unit' }]);
    for (const p of plan.purchases) {
      expect(Object.keys(p).sort()).toEqual(['late', 'material_code', 'need_by', 'order_by', 'qty', 'uom']);
      expect(typeof p.late).toBe('boolean');
    }
    expect(plan.purchases.map((p) => p.material_code)).toContain('KLT-SAPI');
  });

  it('answers a promise with a date or a reason, and exits 1 only on a malformed question', async () => {
    const promised = await json('promise', '--sku', 'TAS-01', '--qty', '300', '--sku', 'TAS-01', '--qty', '20', '--today', '2026-11-23');
    expect(promised).toEqual({ code: 0, value: { ship_date: expect.stringMatching(/^2026-12-\d{2}$/) } });
    expect(await json('promise', '--sku', 'DOM-01', '--qty', '5', '--today', '2026-11-23')).toEqual({ code: 0, value: { ship_date: null, reason: 'no-unit' } });
    expect(await json('promise', '--sku', 'XYZ', '--qty', '5')).toEqual({ code: 0, value: { ship_date: null, reason: 'unknown-sku' } });
    expect((await json('promise', '--sku', 'TAS-01', '--sku', 'TAS-01', '--qty', '5')).code).toBe(1);
    expect((await json('promise', '--sku', 'TAS-01', '--qty', 'lima')).code).toBe(1);
    expect((await json('plan', '--today', '23/11/2026')).code).toBe(1);
  });

  it('gives each assignment its reason in the language asked for', async () => {
    const { value } = await json('plan', '--today', '2026-11-23', '--lang', 'en');
    const plan = value as { assignments: { reason: string }[] };
    expect(plan.assignments[0].reason).toMatch(/^export, grade [AB] first; member, split by free capacity: \d+ % of the order, load in the week of \d\d\/\d\d: \d+ %; counted in pieces/);
  });

  it('speaks to people without --json', async () => {
    const result = await sentra('promise', '--sku', 'TAS-01', '--qty', '300', '--today', '2026-11-23', '--lang', 'en');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Earliest ship date \d{2}\/12\/2026/);
    const plan = await sentra('plan', '--today', '2026-11-23');
    expect(plan.stdout).toMatch(/Sebaran beban anggota: 2 dari 3 unit anggota mendapat pekerjaan; beban terendah 0 %, tertinggi \d+ %/);
    expect(plan.stdout).toContain('Direncanakan per potong saja (produk tanpa menit kerja): DOM-01, TAS-01');
  });
});
