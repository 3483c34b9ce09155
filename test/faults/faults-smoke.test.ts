import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../main/core/dispatch';
import { openFuzzCentre, type FuzzCentre } from './fuzz-centre';
import { runFuzz } from './fuzz';
import { judge } from './verdict';

/*
 * The fault scripts' own code under `npm test`: a very small fuzz (a few values a field) over
 * calls that read, write and nest, and the checks that make a finding a finding. The full fuzz
 * and the kill -9 trials run from `npm run faults`.
 */

describe('the fuzz of the handler table, in small', () => {
  it('answers every mutation of a few calls with a Result, and a refused call writes nothing', async () => {
    const report = await runFuzz({ perSlot: 3, calls: ['centre:save', 'members:save', 'orders:save', 'stock:record', 'prefs:set', 'jobs:progress'], sweep: false, log: () => undefined });
    expect(report.basesParsed).toBe(6);
    expect(report.tally.accepted).toBeGreaterThan(0);
    expect(report.tally.refused).toBeGreaterThan(report.tally.accepted);
    expect(report.tally.examples).toEqual([]);
    expect(report.tally.failures).toBe(0);
  });
});

describe('what the fuzz counts as a finding', () => {
  let centre: FuzzCentre;
  beforeAll(async () => {
    centre = await openFuzzCentre();
  });
  afterAll(async () => {
    await centre.close();
  });

  it('sees a committed write through its second connection, and no change from a refused call', async () => {
    const before = centre.version();
    const refused = await dispatch(centre.app, 'centre:save', { name: 'x\uFFFE' });
    expect(judge(refused, centre.version() !== before).outcome).toBe('refused');
    const saved = await dispatch(centre.app, 'centre:save', { name: 'Sentra IKM Uji' });
    expect(saved.ok).toBe(true);
    expect(centre.version()).not.toBe(before);
  });

  it('names INTERNAL, a failure that wrote, an unknown code and an answer that is not a Result', () => {
    expect(judge({ ok: false, error: { code: 'INTERNAL', message: 'boom' } }, false).outcome).toBe('internal');
    expect(judge({ ok: false, error: { code: 'NOT_FOUND', message: 'gone' } }, true).outcome).toBe('failed-but-wrote');
    expect(judge({ ok: false, error: { code: 'OOPS', message: 'what' } }, false).outcome).toBe('unknown-code');
    expect(judge(undefined, false).outcome).toBe('not-a-result');
    expect(judge({ ok: true, value: 1n }, false).outcome).toBe('unserialisable');
  });
});
