import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? sources(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Where a deferred transaction is right: a migration at open, and the dashboard's one read snapshot. */
const DEFERRED_ALLOWED = ['main/core/platform/db/write.ts', 'main/core/platform/db/migrate.ts', 'main/core/dashboard/dashboard.ts'];

describe('write transactions', () => {
  it('start IMMEDIATE through writeTransaction everywhere in main/, so a writer waits instead of failing', () => {
    const offenders = sources(join(root, 'main'))
      .map((path) => relative(root, path).split('\\').join('/'))
      .filter((path) => !DEFERRED_ALLOWED.includes(path))
      .filter((path) => /\.transaction\(/.test(readFileSync(join(root, path), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
