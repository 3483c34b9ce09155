import { describe, expect, it } from 'vitest';
import { CallError } from '../../renderer/src/platform/api/client';
import { serverFieldErrors } from '../../renderer/src/platform/common/validation';
import { monthSourceConflict } from '../../renderer/src/shipments/export-history/MonthSourceAsk';

/** How the screens read a refusal: by its code, its details typed, its place on the form. */
describe('a refusal on the screen', () => {
  it('puts a refusal on the field it names, or each field of a list, and nowhere when it names none', () => {
    const over = new CallError({ code: 'OVER_RECEIPT', message: 'melebihi sisa', details: { field: 'lines', line: 2, open: 39.5, qty: 40 } });
    expect(over.code).toBe('OVER_RECEIPT');
    expect(over.place).toEqual({ field: 'lines', line: 2, fields: [] });
    expect(serverFieldErrors(over)).toEqual({ lines: 'melebihi sisa' });
    const fields = new CallError({
      code: 'INVALID_INPUT', message: 'dua masalah',
      details: { fields: [{ field: 'lines.0.qty', message: 'harus > 0' }, { field: 'lines.1.qty', message: 'lagi' }, { field: 'shipBy', message: 'sebelum' }] },
    });
    expect(serverFieldErrors(fields)).toEqual({ lines: 'harus > 0', shipBy: 'sebelum' });
    expect(serverFieldErrors(new CallError({ code: 'BUSY', message: 'sibuk' }))).toBeNull();
    expect(serverFieldErrors(new Error('x'))).toBeNull();
  });

  it('lets a screen move a refusal onto another box, or above the form, keeping its code and details', () => {
    const mixed = new CallError({ code: 'MIXED_CURRENCY', message: 'mata uang', details: { field: 'lines', line: 2, currency: 'IDR', other: 'USD' } });
    const moved = new CallError(mixed.failure, { field: 'lines.1.materialCode', line: null });
    expect(serverFieldErrors(moved)).toEqual({ 'lines.1.materialCode': 'mata uang' });
    expect(moved.failure).toEqual(mixed.failure);
    expect(serverFieldErrors(new CallError(mixed.failure, { field: null, line: null, fields: [] }))).toBeNull();
  });

  it('asks which source a month keeps only for that CONFLICT', () => {
    const conflict = new CallError({
      code: 'CONFLICT', message: 'Bulan Oktober 2026 sudah punya pengapalan',
      details: { field: 'monthSource', entity: 'exportMonth', id: '2026-10', values: { historyUsdCents: 10_000, shipmentsUsdCents: 5_006_524 } },
    });
    expect(monthSourceConflict(conflict)).toEqual({ month: '2026-10', message: 'Bulan Oktober 2026 sudah punya pengapalan' });
    expect(monthSourceConflict(new CallError({ code: 'INVALID_INPUT', message: 'x', details: { field: 'monthSource' } }))).toBeNull();
  });
});
