import { afterEach, describe, expect, it } from 'vitest';
import { CURRENCIES, toRupiah } from '../../shared/money';
import { tempApp, type TempApp } from '../helpers/temp-app';

const TODAY = '2026-11-23';
/** Sunday of the week of TODAY: the end of "this week" for purchases. */
const WEEK_END = '2026-11-29';

let t: TempApp;
afterEach(() => t.close());

/** Export history of a small centre: this year up to June (with gaps), last year, and one older row. */
const HISTORY = [
  { year: 2026, month: 1, country: 'US', category: 'tas', hsCode: '4202.21', fobUsdCents: 100_000 },
  { year: 2026, month: 1, country: 'JP', category: 'dompet', hsCode: '4202.31', fobUsdCents: 50_000 },
  { year: 2026, month: 3, country: 'BE', category: 'tas', hsCode: '4202.21', fobUsdCents: 30_000 },
  { year: 2026, month: 3, country: 'NL', category: 'tas', hsCode: '4202.22', fobUsdCents: 20_000 },
  { year: 2026, month: 3, country: 'MY', category: 'ikat-pinggang', hsCode: '4203.30', fobUsdCents: 15_000 },
  { year: 2026, month: 3, country: 'CN', category: 'dompet', hsCode: '4202.31', fobUsdCents: 10_000 },
  { year: 2026, month: 3, country: 'DE', category: 'koper', hsCode: '4202.11', fobUsdCents: 5_000 },
  { year: 2026, month: 6, country: 'US', category: 'tas', hsCode: '4202.21', fobUsdCents: 40_000 },
  { year: 2025, month: 1, country: 'US', category: 'tas', hsCode: '4202.21', fobUsdCents: 80_000 },
  { year: 2025, month: 3, country: 'BE', category: 'tas', hsCode: '4202.21', fobUsdCents: 25_000 },
  { year: 2025, month: 6, country: 'US', category: 'tas', hsCode: '4202.21', fobUsdCents: 35_000 },
  { year: 2025, month: 9, country: 'US', category: 'tas', hsCode: '4202.21', fobUsdCents: 90_000 },
  { year: 2024, month: 6, country: 'US', category: 'tas', hsCode: '4202.21', fobUsdCents: 99_900 },
];

describe('the dashboard of a centre without a plan or orders', () => {
  it('says there is nothing yet rather than showing zeros', async () => {
    t = await tempApp({ today: TODAY });
    const board = await t.must('dashboard:get', {});
    expect(board).toEqual({ today: TODAY, plan: null, exports: null, load: null, late: null, purchases: null, orders: null });
  });

  it('compares January to the last complete month with the same months last year, as export performance does', async () => {
    t = await tempApp({ today: TODAY });
    for (const row of HISTORY) await t.must('exports:save', row);
    const exports = (await t.must('dashboard:get', {})).exports;
    if (!exports) throw new Error('expected export figures');
    expect(exports.period).toEqual({ from: '2026-01', to: '2026-10', previousFrom: '2025-01', previousTo: '2025-10', partialMonth: null });
    const rows = await t.must('exports:list', {});
    const sum = (year: number, toMonth: number) => rows.filter((r) => r.year === year && r.month <= toMonth).reduce((s, r) => s + r.fobUsdCents, 0);
    expect([exports.currentUsdCents, exports.previousUsdCents]).toEqual([sum(2026, 10), sum(2025, 10)]);
    expect([exports.currentUsdCents, exports.previousUsdCents, exports.growthPct, exports.lastYearUsdCents]).toEqual([270_000, 230_000, 17.39, 230_000]);
    const report = await t.must('reports:exportPerformance', {});
    expect([report.currentUsdCents, report.previousUsdCents, report.growthPct, report.monthsWithData]).toEqual([exports.currentUsdCents, exports.previousUsdCents, exports.growthPct, exports.monthsWithData]);
    expect(exports.target).toBeNull();
    // With the roadmap's 2026 export target (USD 5.400,00), the year so far stands at 50 %.
    const roadmap = await t.must('roadmap:save', { name: 'Roadmap 2026', startYear: 2026, endYear: 2026, baselineYear: 2025, kpis: [{ standard: 'export-usd' }] });
    await t.must('roadmap:setCell', { kpiId: roadmap.kpis[0].id, year: 2026, kind: 'target', value: 540_000 });
    expect((await t.must('dashboard:get', {})).exports?.target).toEqual({ yearUsdCents: 540_000, achievedPct: 50 });
    expect(exports.missingMonths).toEqual(['2026-02', '2026-04', '2026-05', '2026-07', '2026-08', '2026-09', '2026-10']);
    // Twelve months; a month without figures is null (unknown), never zero.
    expect(exports.byMonth.map((m) => [m.month, m.currentUsdCents, m.previousUsdCents])).toEqual([
      [1, 150_000, 80_000], [2, null, null], [3, 80_000, 25_000], [4, null, null], [5, null, null], [6, 40_000, 35_000],
      [7, null, null], [8, null, null], [9, null, 90_000], [10, null, null], [11, null, null], [12, null, null],
    ]);
    // The five largest destinations, then the rest as one.
    expect(exports.byCountry.map((l) => [l.key, l.label, l.currentUsdCents, l.previousUsdCents])).toEqual([
      ['US', 'Amerika Serikat', 140_000, 205_000], ['JP', 'Jepang', 50_000, 0], ['BE', 'Belgia', 30_000, 25_000],
      ['NL', 'Belanda', 20_000, 0], ['MY', 'Malaysia', 15_000, 0], ['other', 'Lainnya', 15_000, 0],
    ]);
    expect(exports.byCountry.reduce((s, l) => s + l.currentUsdCents, 0)).toBe(exports.currentUsdCents);
    expect(exports.byCategory.map((l) => [l.key, l.currentUsdCents, l.sharePct])).toEqual([
      ['tas', 190_000, 70.37], ['dompet', 60_000, 22.22], ['ikat-pinggang', 15_000, 5.56], ['koper', 5_000, 1.85],
    ]);
  });

  it('in January shows the whole previous year, and an earlier year without data as null, not 0', async () => {
    t = await tempApp({ today: '2027-01-10' });
    for (const row of HISTORY.filter((r) => r.year === 2026)) await t.must('exports:save', row);
    const exports = (await t.must('dashboard:get', {})).exports;
    expect(exports?.period).toEqual({ from: '2026-01', to: '2026-12', previousFrom: '2025-01', previousTo: '2025-12', partialMonth: null });
    expect([exports?.year, exports?.currentUsdCents, exports?.previousUsdCents, exports?.growthPct, exports?.lastYearUsdCents]).toEqual([2026, 270_000, null, null, null]);
    expect(exports?.byMonth[0]).toEqual({ month: 1, currentUsdCents: 150_000, previousUsdCents: null });
  });
});

describe('the dashboard of the demonstration centre', () => {
  it('has no plan cards before the first plan run, and the order book as the Orders page counts it', async () => {
    t = await tempApp({ today: TODAY, demo: true });
    const board = await t.must('dashboard:get', {});
    expect([board.plan, board.late, board.purchases]).toEqual([null, null, null]);
    // The SPKs already issued fill the coming weeks before any plan is run.
    const table = await t.must('plan:load', { from: TODAY, weeks: 8 });
    expect(board.load?.weeks.map((w) => w.load)).toEqual(table.weeks.map((_, i) => table.units.reduce((s, u) => s + u.load[i], 0)));
    expect(board.load?.weeks[0]?.load).toBeGreaterThan(0);
    // The same weeks in workers' hours, and a workshop over in pieces or in hours counts as over.
    const hours = (minutes: number) => Math.round(minutes / 6) / 10;
    expect(board.load?.weeks.map((w) => [w.loadHours, w.capacityHours])).toEqual(
      table.weeks.map((_, i) => [hours(table.units.reduce((s, u) => s + u.loadMinutes[i], 0)), hours(table.units.reduce((s, u) => s + u.capacityMinutes[i], 0))]),
    );
    const members = table.units.filter((u) => u.memberNo !== null && u.capacity.some((c) => c > 0));
    const over = members.filter((u) => u.load.some((p, i) => p > u.capacity[i] || u.loadMinutes[i] > u.capacityMinutes[i]));
    expect(board.load?.overloadedUnits).toBe(over.length);
    const orders = board.orders;
    if (!orders) throw new Error('expected the order book');
    for (const row of orders.byStatus) expect(row.orders).toBe((await t.must('orders:page', { status: [row.status], limit: 1 })).total);
    const open = await t.must('orders:page', { status: ['confirmed', 'in-production', 'ready'], limit: 1000 });
    expect(orders.openOrders).toBe(open.total);
    let worth = 0;
    for (const row of open.rows) {
      const currency = CURRENCIES.find((code) => code === row.currency) ?? 'IDR';
      worth += toRupiah(row.value, currency, (await t.must('orders:get', { id: row.id })).idrRate ?? 1);
    }
    expect(orders.openValueIdr).toBe(worth);
    const due = await t.must('orders:page', { status: ['confirmed', 'in-production', 'ready'], shipByFrom: TODAY, shipByTo: '2026-12-07', limit: 5 });
    expect([orders.dueUntil, orders.dueOrders]).toEqual(['2026-12-07', due.total]);
    expect(orders.firstDue.map((o) => o.orderNo)).toEqual(due.rows.map((o) => o.orderNo));
    const overdue = await t.must('orders:page', { status: ['confirmed', 'in-production', 'ready'], shipByTo: '2026-11-22', limit: 1 });
    expect(orders.overdueOrders).toBe(overdue.total);
  });

  it('reads late lines, this week\'s purchases and the load from the saved plan', async () => {
    t = await tempApp({ today: TODAY, demo: true });
    await t.must('plan:run', {});
    const last = await t.must('plan:last', {});
    if (!last) throw new Error('expected a plan');
    const board = await t.must('dashboard:get', {});
    expect(board.plan).toEqual({ today: TODAY, runAt: last.runAt });

    const late = board.late;
    expect(late?.lines).toBe(last.late.length);
    expect(late?.shortQty).toBe(last.late.reduce((s, l) => s + l.shortQty, 0));
    expect(late?.byReason.reduce((s, r) => s + r.lines, 0)).toBe(last.late.length);
    expect(late?.first.map((l) => [l.orderNo, l.sku, l.message])).toEqual(last.late.slice(0, 5).map((l) => [l.orderNo, l.sku, l.message]));
    expect(late?.first.every((l) => l.buyerName !== null && l.shipBy !== null)).toBe(true);

    const due = last.purchases.filter((p) => p.orderBy <= WEEK_END);
    const purchases = board.purchases;
    expect(purchases?.weekEnd).toBe(WEEK_END);
    // Nothing is on a purchase order yet: every suggestion of the plan is open, the plan's own count.
    expect([purchases?.open, purchases?.openLate]).toEqual([last.purchases.length, last.purchases.filter((p) => p.late || p.orderBy < TODAY).length]);
    expect([purchases?.lines, purchases?.onPurchaseOrders]).toEqual([due.length, 0]);
    expect(purchases?.lateLines).toBe(due.filter((p) => p.late || p.orderBy < TODAY).length);
    expect(purchases?.value).toEqual([{ currency: 'IDR', amount: due.reduce((s, p) => s + p.cost, 0) }]);
    // Late suggestions come first.
    expect(purchases?.first[0]?.late).toBe(due.some((p) => p.late));

    // Suggestions already made into a purchase order drop off the list and every count, as on the purchasing screen.
    const supplier = due[0]?.supplierName ?? '';
    await t.must('purchases:fromPlan', { supplier });
    const after = (await t.must('dashboard:get', {})).purchases;
    const ordered = last.purchases.filter((p) => p.supplierName === supplier);
    const orderedDue = due.filter((p) => p.supplierName === supplier).length;
    expect([after?.open, after?.lines, after?.onPurchaseOrders]).toEqual([last.purchases.length - ordered.length, due.length - orderedDue, ordered.length]);
    const toBuy = await t.must('purchases:toBuy', {});
    expect([toBuy?.open, toBuy?.late, toBuy?.onPurchaseOrders]).toEqual([after?.open, after?.openLate, after?.onPurchaseOrders]);

    // Eight weeks from this Monday, the totals of the plan's own load table.
    const table = await t.must('plan:load', { from: TODAY, weeks: 8 });
    expect(board.load?.weeks.map((w) => w.weekStart)).toEqual(table.weeks);
    expect(board.load?.weeks.map((w) => w.load)).toEqual(table.weeks.map((_, i) => table.units.reduce((s, u) => s + u.load[i], 0)));
    expect(board.load?.weeks.map((w) => w.capacity)).toEqual(table.weeks.map((_, i) => table.units.reduce((s, u) => s + u.capacity[i], 0)));
    const load = board.load;
    expect(load && load.memberUnits > 0 && load.idleUnits + load.overloadedUnits <= load.memberUnits).toBe(true);
  });

  it('answers in English when asked in English', async () => {
    t = await tempApp({ today: TODAY, demo: true });
    await t.must('plan:run', {});
    const result = await t.call('dashboard:get', {}, 'en');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.exports?.byCountry[0]?.label).toBe('United States');
    expect(result.value.exports?.byCountry.at(-1)?.label).toBe('Other');
    // The demo's short work in production is late for want of time before its ship-by date.
    const reasons = result.value.late?.byReason ?? [];
    expect(reasons.length).toBeGreaterThan(0);
    const english: Record<string, RegExp> = {
      'ship-by-passed': /^the ship-by date has passed$/, 'no-time': /^ship-by is less than \d+ days away: no time left for QC and packing$/,
      'no-capacity': /^not enough workshop capacity before the ship-by date$/,
    };
    for (const reason of reasons) expect(reason.message, reason.reason).toMatch(english[reason.reason] ?? /^$/);
  });
});
