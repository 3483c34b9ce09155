import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createApp } from '../../main/core/platform/app';
import { openDatabase } from '../../main/core/platform/db/connection';
import { dispatch } from '../../main/core/dispatch';

/**
 * Vitest global set-up: the demonstration centre made once for the whole run (see demo-centre.ts),
 * through the same handler a test would call, then closed so the file stands alone (no -wal).
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'sentra-demo-prepared-'));
  const dbPath = join(dir, 'demo.sqlite');
  const db = await openDatabase(dbPath);
  const app = createApp(db, dbPath, { actor: 'test', today: '2026-11-23' });
  const made = await dispatch(app, 'demo:create', {}, 'id');
  await app.jobs.close();
  db.close();
  if (!made.ok) throw new Error(`demo:create failed: ${made.error.code} ${made.error.message}`);
  project.provide('demoCentre', dbPath);
  return () => rmSync(dir, { recursive: true, force: true });
}
