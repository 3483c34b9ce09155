import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { previewImport } from '../../main/core/lists/import';
import { unitSheet, workbookBuffer } from '../fixtures/workbooks';
import { tempApp, type TempApp } from '../helpers/temp-app';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
});
afterEach(() => t.close());

const unit = { unitCode: 'UU-0100', name: 'Tas Melati', categories: ['tas'], workers: 6, monthlyCapacity: 600, isActive: true };

describe('a workshop claiming more than people can make', () => {
  it('refuses 10.000 pcs a month from 6 workers, naming the capacity field, and saves nothing', async () => {
    const result = await t.call('units:save', { ...unit, monthlyCapacity: 10_000 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.details).toEqual({
      fields: [{ field: 'monthlyCapacity', message: expect.stringContaining('kapasitas 10.000 pcs/bulan untuk 6 tenaga kerja = 1.667 pcs per orang sebulan; paling banyak 600') }],
    });
    expect(await t.must('units:list', {})).toEqual([]);
    const english = await t.call('units:save', { ...unit, monthlyCapacity: 10_000 }, 'en');
    expect(english.ok ? '' : english.error.message).toContain('1,667 pcs per person a month; at most 600');
  });

  it('accepts 600 pcs per worker (belts), refuses 601, and capacity without workers', async () => {
    expect((await t.must('units:save', { ...unit, monthlyCapacity: 3_600 })).monthlyCapacity).toBe(3_600);
    const over = await t.call('units:save', { ...unit, unitCode: 'UU-0101', monthlyCapacity: 3_601 });
    expect(over.ok).toBe(false);
    const empty = await t.call('units:save', { ...unit, unitCode: 'UU-0102', workers: 0, monthlyCapacity: 50 });
    expect(empty.ok ? '' : empty.error.message).toContain('kapasitas 50 pcs/bulan tanpa tenaga kerja');
    // A dormant unit without workers and without capacity is fine.
    expect((await t.must('units:save', { ...unit, unitCode: 'UU-0103', workers: 0, monthlyCapacity: 0, isActive: false })).workers).toBe(0);
    expect((await t.must('units:list', {})).map((u) => u.unitCode)).toEqual(['UU-0100', 'UU-0103']);
  });

  it('refuses the same row of an import, naming its row and column', async () => {
    const file = await workbookBuffer(unitSheet([
      [1, 'UU-01', 'Tas Mawar', null, 'Tas', 6, 1_200, 'A', 'ya'],
      [2, 'UU-02', 'Dompet Melati', null, 'Dompet', 6, 10_000, null, 'ya'],
    ]));
    const preview = await previewImport(t.ctx, 'units', 'u.xlsx', file);
    expect(preview.valid).toBe(1);
    expect(preview.errors).toEqual([
      { row: 5, column: 'Kapasitas Produksi (pcs/bulan)', message: expect.stringContaining('1.667 pcs per orang sebulan') },
    ]);
  });
});
