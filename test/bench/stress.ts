// The stress centre: 410 workshops, 100,000 orders, 1,000,000 order lines.
import { join } from 'node:path';
import type { CallOutput } from '../../shared/api/contract';
import type { Result } from '../../shared/result';
import { contextFor, createApp } from '../../main/core/platform/app';
import { openDatabase } from '../../main/core/platform/db/connection';
import { dispatch } from '../../main/core/dispatch';
import { runEngine } from '../../main/core/planning/engine';
import { loadPlanInput } from '../../main/core/planning/queries';
import { runPlan } from '../../main/core/planning/service';
import { DEFAULT_SETTINGS } from '../../main/core/planning/types';
import { line, median, timed } from './measure';
import { checkStressShape } from './stress-shape';

const TODAY = '2026-11-23';

export async function stressFigures(dir: string, runs: number): Promise<void> {
  const dbPath = join(dir, 'stress.sqlite');
  const app = createApp(await openDatabase(dbPath), dbPath, { actor: 'bench', today: TODAY });
  let summary: Result<unknown> | undefined;
  const made = await timed(async () => {
    summary = await dispatch(app, 'demo:create', { seed: 7, scale: 'stress' });
  });
  line('stress centre: create 1,000,000 order lines', made);
  if (!summary?.ok) throw new Error(`stress centre: ${summary?.ok === false ? summary.error.message : 'not made'}`);
  checkStressShape(app, summary.value as CallOutput<'demo:create'>, TODAY);

  // The floor no planner can beat: reading the order lines it plans, and all of them.
  const openLines = app.db.prepare(
    `SELECT l.id, l.qty, l.product_id, o.ship_by, o.buyer_id FROM order_line l JOIN sales_order o ON o.id = l.order_id
     WHERE o.status IN ('confirmed', 'in-production') AND o.ship_by >= date(?, '-60 days')`,
  );
  const allLines = app.db.prepare('SELECT l.id, l.qty, l.product_id, o.ship_by FROM order_line l JOIN sales_order o ON o.id = l.order_id');
  const openFloor = await median(runs, () => timed(() => openLines.all(TODAY)));
  const allFloor = await median(runs, () => timed(() => allLines.all()));
  const ctx = contextFor(app, 'id');
  const plan = await median(runs, () => timed(() => runPlan(ctx, TODAY)));
  line('full plan (allocation + material plan)', plan, openFloor, 'reading the open lines');
  line('full plan against reading every order line', plan, allFloor, 'reading all 1M lines');
  // Where the plan's time goes: reading its input, the engine alone, and the rest (saving ~20k SPKs).
  const settings = DEFAULT_SETTINGS;
  const read = await median(runs, () => timed(() => loadPlanInput(app.db, TODAY, settings)));
  const input = loadPlanInput(app.db, TODAY, settings);
  const engine = await median(runs, () => timed(() => runEngine(input, settings)));
  line('  of which reading the plan input (lines, workshops, kept SPKs, stock)', read, openFloor, 'reading the open lines');
  line('  of which the engine (allocation + material plan, in memory)', engine, openFloor, 'reading the open lines');

  const page = await median(runs, () => timed(() => dispatch(app, 'orders:page', { offset: 0, limit: 100, sort: 'shipBy' })));
  const deep = await median(runs, () => timed(() => dispatch(app, 'orders:page', { offset: 50_000, limit: 100, sort: 'value', descending: true })));
  const filtered = await median(runs, () =>
    timed(() => dispatch(app, 'orders:page', { offset: 0, limit: 100, sort: 'orderDate', status: ['confirmed'], search: 'PO-0' })),
  );
  line('orders grid: first page of 100 orders', page);
  line('orders grid: page at offset 50,000 sorted by value', deep);
  line('orders grid: status + search filter', filtered);
  app.db.close();
}
