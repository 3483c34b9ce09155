import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBulk } from '../../main/core/bulk/run';
import { AppError } from '../../shared/result';
import { tempApp, type TempApp } from '../helpers/temp-app';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp();
  t.app.db.exec('CREATE TABLE scratch (id INTEGER PRIMARY KEY, status TEXT NOT NULL, note TEXT)');
  t.app.db.prepare("INSERT INTO scratch (id, status) VALUES (1, 'a'), (2, 'a'), (3, 'a'), (4, 'b')").run();
});
afterEach(() => t.close());

function rows(): unknown[] {
  return t.app.db.prepare('SELECT * FROM scratch ORDER BY id').all();
}

/** An action that writes twice per row and may fail between the two writes, as a real service could. */
function action(failOn: ReadonlySet<number>, crashOn: ReadonlySet<number> = new Set()) {
  const { db } = t.app;
  return {
    find: (id: number) => db.prepare("SELECT 'R-' || id AS no, status FROM scratch WHERE id = ?").get(id) as { no: string; status: string } | undefined,
    skip: (row: { status: string }) => (row.status === 'b' ? 'already b' : null),
    act: (id: number) => {
      db.prepare("UPDATE scratch SET status = 'b' WHERE id = ?").run(id);
      if (crashOn.has(id)) throw new Error('disk full');
      if (failOn.has(id)) throw new AppError('INVALID_INPUT', `row ${id} may not`);
      db.prepare("UPDATE scratch SET note = 'done' WHERE id = ?").run(id);
      return `R-${id}`;
    },
  };
}

describe('runBulk', () => {
  it('rolls a refused row back to its own savepoint: its first write is gone, the other rows are done', () => {
    const result = runBulk(t.ctx, [1, 2, 3, 4, 5], action(new Set([2])));
    expect(result).toEqual({
      done: [{ id: 1, no: 'R-1' }, { id: 3, no: 'R-3' }],
      refused: [
        { id: 2, no: 'R-2', reason: 'row 2 may not' },
        { id: 4, no: 'R-4', reason: 'already b' },
        { id: 5, no: '5', reason: 'tidak ditemukan (mungkin sudah dihapus)' },
      ],
    });
    expect(rows()).toEqual([
      { id: 1, status: 'b', note: 'done' },
      { id: 2, status: 'a', note: null },
      { id: 3, status: 'b', note: 'done' },
      { id: 4, status: 'b', note: null },
    ]);
  });

  it('an unexpected failure (not a refusal) undoes the whole batch and is thrown: no summary claims unsaved rows', () => {
    const before = rows();
    expect(() => runBulk(t.ctx, [1, 2, 3], action(new Set(), new Set([3])))).toThrow('disk full');
    expect(rows()).toEqual(before);
  });
});
