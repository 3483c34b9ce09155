import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { costSheets, materialsAgainstProduction, pastSpkWeeks, utilisationByMonth } from './demo-story';

/**
 * The demonstration centre tells a story a cooperative manager believes: what a product costs
 * against what it sells for, workshops never given more than they offer, members who joined over
 * fifty years, a calendar for every year of the book, and materials worth about half the goods.
 */
const TODAY = '2026-11-23';
let t: TempApp;

beforeAll(async () => {
  t = await tempApp({ today: TODAY });
  await t.must('demo:create', { seed: 7 });
}, 120_000);
afterAll(() => t.close());

describe('the demonstration centre is believable', () => {
  it("prices every product above its cost: materials 35–65 % of the price, the piece rate 10–20 %", () => {
    const sheets = costSheets(t.app.db);
    expect(sheets).toHaveLength(48);
    for (const sheet of sheets) {
      expect.soft(sheet.materialIdr / sheet.priceIdr, `${sheet.sku} materials`).toBeGreaterThanOrEqual(0.35);
      expect.soft(sheet.materialIdr / sheet.priceIdr, `${sheet.sku} materials`).toBeLessThanOrEqual(0.65);
      expect.soft(sheet.pieceRateIdr / sheet.priceIdr, `${sheet.sku} piece rate`).toBeGreaterThanOrEqual(0.1);
      expect.soft(sheet.pieceRateIdr / sheet.priceIdr, `${sheet.sku} piece rate`).toBeLessThanOrEqual(0.2);
    }
    // The audit's tote: 8 ft² of leather net, at most USD 35 FOB (DOMAIN §6), now about Rp 360.000 of material.
    const tote = sheets.find((sheet) => sheet.sku === 'TWK-001');
    expect(tote?.materialIdr).toBeGreaterThan(300_000);
    expect(tote?.materialIdr).toBeLessThan(tote?.priceIdr ?? 0);
  });

  it('never gave a workshop more in a past week than it offers the cooperative, in pieces or in its people’s time', () => {
    const weeks = pastSpkWeeks(t.app.db, TODAY);
    expect(weeks.length).toBeGreaterThan(1_000);
    const over = weeks.filter((week) => week.pieces > week.capacity || week.minutes > week.capacityMinutes + 1e-6);
    expect(over).toEqual([]);
  });

  it('has every working workshop offer the cooperative a share of its capacity, members more than the rest', () => {
    const units = t.app.db
      .prepare(
        `SELECT u.offered_capacity AS offered, s.monthly_capacity AS capacity, u.owner_member_id IS NOT NULL AS isOwned
         FROM business_unit u JOIN unit_state s ON s.unit_id = u.id
         WHERE s.is_active = 1 AND s.valid_from = (SELECT MAX(valid_from) FROM unit_state WHERE unit_id = u.id)`,
      )
      .all() as { offered: number | null; capacity: number; isOwned: number }[];
    expect(units.length).toBeGreaterThan(300);
    for (const unit of units) {
      expect(unit.offered).not.toBeNull();
      expect(unit.offered ?? Infinity).toBeLessThanOrEqual(unit.capacity);
    }
    const share = (list: typeof units) => list.reduce((sum, u) => sum + (u.offered ?? 0), 0) / list.reduce((sum, u) => sum + u.capacity, 0);
    const members = units.filter((u) => u.isOwned === 1);
    const others = units.filter((u) => u.isOwned === 0);
    // Members sell most of their output themselves: the cooperative gets a share, not the whole centre.
    expect(share(units)).toBeGreaterThan(0.03);
    expect(share(units)).toBeLessThan(0.25);
    expect(share(members)).toBeGreaterThan(share(others));
  });

  it('uses most of the offered capacity in the busy months and less in the quiet ones', () => {
    const use = utilisationByMonth(t.app.db, ['2026-02', '2026-03', '2026-05', '2026-06', '2026-09', '2026-10']);
    const busy = ['2026-02', '2026-03', '2026-05', '2026-06'].map((month) => use.get(month) ?? 0);
    const quiet = ['2026-09', '2026-10'].map((month) => use.get(month) ?? 0);
    for (const pct of busy) {
      expect(pct).toBeGreaterThanOrEqual(55);
      expect(pct).toBeLessThanOrEqual(95);
    }
    expect(Math.max(...quiet)).toBeLessThan(Math.min(...busy));
    expect(Math.min(...quiet)).toBeGreaterThan(15);
  });

  it('has members who joined over five decades, the founders on 3 April 1976', () => {
    const joins = t.app.db.prepare('SELECT joined_on FROM member').pluck().all() as string[];
    const decades = new Set(joins.map((day) => day.slice(0, 3)));
    expect([...decades].sort()).toEqual(['197', '198', '199', '200', '201', '202']);
    expect(joins.filter((day) => day === '1976-04-03')).toHaveLength(27);
    // More joined in the 1980s–90s and after the revitalisation than in the mudflow years.
    const between = (from: string, to: string) => joins.filter((day) => day >= from && day <= to).length;
    expect(between('1980-01-01', '1999-12-31')).toBeGreaterThan(between('2007-01-01', '2016-12-31'));
    expect(between('2017-01-01', TODAY)).toBeGreaterThan(between('2007-01-01', '2016-12-31'));
  });

  it('fills the production calendar for every year of the order book, Lebaran 2026 around 21 March', () => {
    const years = t.app.db.prepare("SELECT DISTINCT substr(o.order_date, 1, 4) FROM sales_order o ORDER BY 1").pluck().all() as string[];
    expect(years[0]).toBe('2023');
    for (const year of years) {
      const kinds = t.app.db.prepare('SELECT DISTINCT kind FROM calendar_period WHERE substr(starts_on, 1, 4) = ?').pluck().all(year) as string[];
      expect(new Set(kinds), year).toEqual(new Set(['holiday', 'ramadan', 'lebaran']));
    }
    const lebaran = t.app.db.prepare("SELECT starts_on AS startsOn, ends_on AS endsOn FROM calendar_period WHERE kind = 'lebaran' AND starts_on LIKE '2026%'").get();
    expect(lebaran).toEqual({ startsOn: '2026-03-18', endsOn: '2026-03-24' });
  });

  it('issues materials worth about half of what the workshops produced, over the last twelve months and this year', () => {
    for (const [from, to] of [['2025-11-01', '2026-10-31'], ['2026-01-01', TODAY]]) {
      const { issuedIdr, producedIdr } = materialsAgainstProduction(t.app.db, from, to);
      expect(producedIdr).toBeGreaterThan(10e9);
      expect(issuedIdr / producedIdr).toBeGreaterThan(0.35);
      expect(issuedIdr / producedIdr).toBeLessThan(0.65);
    }
  });
});
