import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contextFor, createApp } from '../../main/core/platform/app';
import { openDatabase, type Db } from '../../main/core/platform/db/connection';
import { migrations } from '../../main/core/platform/db/migrations';
import { roadmapView } from '../../main/core/roadmap/progress';
import { tempApp, type TempApp } from '../helpers/temp-app';

/**
 * A flow KPI is judged on the months its figure covers: visitors counted January–October are
 * held against 10/12 of the yearly target, not the 11/12 of the months passed on 7 December.
 */

let t: TempApp | undefined;
let dir: string | undefined;
let db: Db | undefined;
afterEach(() => {
  t?.close();
  db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  t = undefined;
  db = undefined;
  dir = undefined;
});

const VISITORS = { standard: null, name: 'Pengunjung', unit: 'orang', direction: 'up' as const, measure: 'flow' as const, targets: [{ year: 2026, value: 120_000 }] };

describe('a hand actual that covers part of its year', () => {
  it('is judged against the share of the target for the months it covers', async () => {
    t = await tempApp({ today: '2026-12-07' });
    const save = (monthsCovered: number | null) =>
      t!.must('roadmap:save', { name: 'R', startYear: 2026, endYear: 2026, baselineYear: 2025, kpis: [{ ...VISITORS, actuals: [{ year: 2026, value: 100_000, note: 'Jan–Okt', monthsCovered }] }] });
    // 1.000 visitors against 1.200 × 11/12 = 1.100 is behind; against 1.200 × 10/12 = 1.000 it is on track.
    const passed = (await save(null)).kpis[0].years[1];
    expect([passed.status, passed.monthsCovered]).toEqual(['behind', null]);
    const covered = (await save(10)).kpis[0].years[1];
    expect([covered.status, covered.monthsCovered, covered.note]).toEqual(['on-track', 10, 'Jan–Okt']);
    // One cell at a time keeps the months too.
    const kpiId = (await t.must('roadmap:get', {}))!.kpis[0].id;
    const cell = (await t.must('roadmap:setCell', { kpiId, year: 2026, kind: 'actual', value: 95_000, note: null, monthsCovered: 10 })).kpis[0].years[1];
    expect([cell.status, cell.monthsCovered]).toEqual(['behind', 10]);
  });

  it('opens a centre of release 0.14 with its hand actuals covering the months passed', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sentra-v15-'));
    const path = join(dir, 'centre.sqlite');
    const old = await openDatabase(path, { migrations: migrations.filter((m) => m.version <= 14) });
    const roadmap = old.prepare("INSERT INTO roadmap (name, start_year, end_year, baseline_year, created_at, updated_at) VALUES ('R', 2026, 2026, 2025, 'x', 'x')").run().lastInsertRowid;
    const kpi = old.prepare("INSERT INTO roadmap_kpi (roadmap_id, position, standard_code, name, unit, direction, measure, decimals) VALUES (?, 0, NULL, 'Pengunjung', 'orang', 'up', 'flow', 2)").run(roadmap).lastInsertRowid;
    old.prepare('INSERT INTO roadmap_target (kpi_id, year, value) VALUES (?, 2026, 120000)').run(kpi);
    old.prepare("INSERT INTO roadmap_actual (kpi_id, year, value, note) VALUES (?, 2026, 100000, 'lama')").run(kpi);
    old.close();

    db = await openDatabase(path);
    expect(db.prepare('SELECT value, note, months_covered FROM roadmap_actual').raw().all()).toEqual([[100000, 'lama', null]]);
    const view = roadmapView(contextFor(createApp(db, path, { actor: 'test', today: '2026-12-07' }), 'id'));
    expect([view?.kpis[0].years[1].status, view?.kpis[0].years[1].monthsCovered]).toEqual(['behind', null]);
    expect(() => db?.prepare('UPDATE roadmap_actual SET months_covered = 13').run()).toThrow(/CHECK/);
  });
});
