import { afterEach, describe, expect, it } from 'vitest';
import { tempApp, type TempApp } from '../helpers/temp-app';

let t: TempApp;
afterEach(() => t.close());

describe('the workshop card of a demo centre', () => {
  it('shows the same figures as the Setoran & Ongkos and Unit screens for the same workshop and period', async () => {
    t = await tempApp({ today: '2026-11-23', demo: true });
    const from = '2026-06-01';
    const to = '2026-11-30';
    const all = await t.must('deliveries:list', { from, to });
    expect(all.length).toBeGreaterThan(0);
    // The workshop that handed in the most pieces in the period.
    const pieces = new Map<string, number>();
    for (const d of all) pieces.set(d.unitCode, (pieces.get(d.unitCode) ?? 0) + d.accepted);
    const [code] = [...pieces.entries()].sort((a, b) => b[1] - a[1])[0];

    const card = await t.must('units:card', { code, from, to });
    expect([card.from, card.to, card.asOf]).toEqual([from, to, '2026-11-23']);

    // The Unit screen: owner, status, capacity and its dated history.
    const units = await t.must('units:list', {});
    const unit = units.find((u) => u.unitCode === code);
    if (!unit) throw new Error('unit not listed');
    const detail = await t.must('units:get', { id: unit.id });
    expect(card.unit).toEqual(detail);
    expect([card.unit.ownerName, card.unit.isActive, card.unit.workers, card.unit.monthlyCapacity]).toEqual([unit.ownerName, unit.isActive, unit.workers, unit.monthlyCapacity]);

    // Deliveries = the deliveries list's, month by month too.
    const listed = await t.must('deliveries:list', { unitCode: code, from, to });
    expect(card.deliveries).toEqual(listed);
    expect(card.months.map((m) => m.month)).toEqual(['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
    expect(card.months.reduce((s, m) => s + m.accepted, 0)).toBe(listed.reduce((s, d) => s + d.accepted, 0));
    expect(card.months.reduce((s, m) => s + m.rejected, 0)).toBe(listed.reduce((s, d) => s + d.rejected, 0));
    const november = await t.must('deliveries:list', { unitCode: code, from: '2026-11-01', to: '2026-11-30' });
    const nov = card.months[5];
    expect([nov.deliveries, nov.accepted, nov.rejected]).toEqual([november.length, november.reduce((s, d) => s + d.accepted, 0), november.reduce((s, d) => s + d.rejected, 0)]);
    if (nov.accepted + nov.rejected > 0) expect(nov.rejectRate).toBeCloseTo(nov.rejected / (nov.accepted + nov.rejected), 10);

    // Pay: each month's gross and net = the statement the pay tab shows for that month.
    expect(card.statements).toHaveLength(6);
    for (const [i, m] of card.months.entries()) {
      const monthTo = m.month === '2026-06' || m.month === '2026-09' || m.month === '2026-11' ? '30' : '31';
      const [statement] = await t.must('pieceRates:statement', { unitCode: code, from: `${m.month}-01`, to: `${m.month}-${monthTo}` });
      expect([card.statements[i].from, card.statements[i].gross, card.statements[i].net]).toEqual([statement.from, statement.gross, statement.net]);
    }
    expect(card.statements.some((s) => s.gross > 0)).toBe(true);

    // Material held = the workshop materials tab's as of the same day.
    expect(card.materials).toEqual(await t.must('workshops:materials', { unitCode: code, asOf: '2026-11-23' }));

    // SPKs: open = the unit's open SPK list; open and done are disjoint.
    const open = await t.must('spk:list', { unitCode: code });
    expect(card.openSpks.map((s) => s.id).sort()).toEqual(open.map((s) => s.id).sort());
    expect(card.doneSpks.every((s) => s.status === 'done')).toBe(true);
    // Done SPKs are those it delivered against in the period.
    const deliveredAgainst = new Set(listed.map((d) => d.assignmentId));
    expect(card.doneSpks.every((s) => deliveredAgainst.has(s.id))).toBe(true);

    // Share: its accepted pieces over every workshop's accepted pieces in the period.
    const allAccepted = all.reduce((s, d) => s + d.accepted, 0);
    expect(card.share).toEqual({ accepted: pieces.get(code), allAccepted, share: (pieces.get(code) ?? 0) / allAccepted });
  });

  it('names an unknown workshop and refuses a period that ends before it starts', async () => {
    t = await tempApp({ today: '2026-11-23', demo: true });
    const unknown = await t.call('units:card', { code: 'UU-NOPE' });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error.message).toContain('UU-NOPE');
    const [unit] = await t.must('units:list', {});
    const backwards = await t.call('units:card', { code: unit.unitCode, from: '2026-11-01', to: '2026-10-01' });
    expect(backwards.ok).toBe(false);
    // Without a period: the six months up to the centre's current month.
    const card = await t.must('units:card', { code: unit.unitCode });
    expect([card.from, card.to]).toEqual(['2026-06-01', '2026-11-30']);
  });
});
