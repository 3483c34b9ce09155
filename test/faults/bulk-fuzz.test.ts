import { describe, expect, it } from 'vitest';
import { runFuzz } from './fuzz';

describe('the fuzz of the bulk calls', () => {
  it('answers every mutation of the bulk calls and numbers:next with a Result; nothing internal, nothing written by a refusal', async () => {
    const calls = ['spk:issueMany', 'orders:setStatusMany', 'purchases:setStatusMany', 'shipments:setStatusMany', 'numbers:next'] as const;
    const report = await runFuzz({ perSlot: 3, calls: [...calls], sweep: false, log: () => undefined });
    expect(report.basesParsed).toBe(calls.length);
    expect(report.tally.refused).toBeGreaterThan(0);
    expect(report.tally.examples).toEqual([]);
    expect(report.tally.failures).toBe(0);
  });
});
