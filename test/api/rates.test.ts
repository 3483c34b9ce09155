import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/result';
import { tempApp, type TempApp } from '../helpers/temp-app';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
});
afterEach(() => t.close());

function refusal<T>(result: Result<T>) {
  if (result.ok) throw new Error('expected the call to be refused');
  return result.error;
}

describe('exchange rates', () => {
  it('keeps rates as dated data, newest first, and a second save of the same day corrects it', async () => {
    await t.must('rates:save', { currency: 'USD', validOn: '2022-10-31', idrPerUnit: 14_610, source: 'Kemenperin' });
    await t.must('rates:save', { currency: 'USD', validOn: '2025-04-30', idrPerUnit: 16_800 });
    await t.must('rates:save', { currency: 'JPY', validOn: '2025-04-30', idrPerUnit: 117.5 });
    const corrected = await t.must('rates:save', { currency: 'USD', validOn: '2025-04-30', idrPerUnit: 16_808, source: 'BI JISDOR' });
    expect(corrected).toEqual({ currency: 'USD', validOn: '2025-04-30', idrPerUnit: 16_808, source: 'BI JISDOR' });
    expect((await t.must('rates:list', { currency: 'USD' })).map((r) => [r.validOn, r.idrPerUnit])).toEqual([
      ['2025-04-30', 16_808],
      ['2022-10-31', 14_610],
    ]);
    expect(await t.must('rates:list', {})).toHaveLength(3);
  });

  it('refuses a rate for the rupiah itself, a zero rate, an unknown currency and a bad date', async () => {
    expect(refusal(await t.call('rates:save', { currency: 'IDR', validOn: '2025-04-30', idrPerUnit: 1 })).details).toEqual({ field: 'currency' });
    expect(refusal(await t.call('rates:save', { currency: 'USD', validOn: '2025-04-30', idrPerUnit: 0 })).message).toContain('idrPerUnit');
    expect(refusal(await t.call('rates:save', { currency: 'GBP' as 'USD', validOn: '2025-04-30', idrPerUnit: 20_000 })).message).toContain('currency');
    expect(refusal(await t.call('rates:save', { currency: 'USD', validOn: '2025-02-30', idrPerUnit: 16_000 })).message).toContain('validOn');
    expect(await t.must('rates:list', {})).toHaveLength(0);
  });

  it('writes each rate and each correction to the audit log', async () => {
    await t.must('rates:save', { currency: 'USD', validOn: '2025-04-30', idrPerUnit: 16_800 });
    await t.must('rates:save', { currency: 'USD', validOn: '2025-04-30', idrPerUnit: 16_808 });
    expect((await t.must('audit:list', { entity: 'rate' })).map((e) => e.action)).toEqual(['update', 'create']);
  });
});
