import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { centreState, copyCentre } from './centre-state';
import { sentra } from './cli-process';

/**
 * The five operations the kill trials interrupt, each with what "all or nothing" means for it:
 * the centre (or the file it writes) is exactly as before, or exactly as an uninterrupted run
 * leaves it; anything else is damage.
 */
export interface Sources {
  /** The demonstration centre (closed, so the file alone is the centre). */
  demo: string;
  /** The stress-scale centre: 100,000 orders, a file large enough to be killed halfway. */
  stress: string;
  /** A valid members workbook of many rows. */
  members: string;
  /** An earlier file under a report's name, which an interrupted report must leave as it was. */
  earlierReport: string;
}

export type Judged = 'old' | 'new' | 'damaged';

export interface Operation {
  name: string;
  /** The centre `sentra check` must pass after every kill. */
  centre: string;
  /** The file whose state is judged: the centre itself, or the file written with `--out`. */
  judged: string;
  /** Part files of this name are the operation's own (a later run must remove them). */
  finalName: string;
  prepare(dir: string): void;
  args: string[];
  /**
   * A sign the operation is writing (its WAL growing, a new part file): half the kills aim past
   * it. Made after `prepare`, so files earlier trials left do not count.
   */
  writing(dir: string): () => boolean;
  /** Old or new, given the states of an untouched and of an uninterrupted run. */
  judge(dir: string, old: string, fresh: string): Promise<Judged>;
  /** The state compared: the centre's content, or the file's. */
  state(dir: string): Promise<string>;
}

/** The centre's WAL holds pages: a write transaction has begun spilling or committing. */
function walGrowing(dir: string, file: string): () => boolean {
  const wal = join(dir, `${file}-wal`);
  return () => existsSync(wal) && statSync(wal).size > 0;
}

/** A file whose name starts with `prefix` appears in `folder`. */
function newFile(folder: string, prefix: string): () => boolean {
  const names = () => (existsSync(folder) ? readdirSync(folder).filter((name) => name.startsWith(prefix)) : []);
  const before = new Set(names());
  return () => names().some((name) => !before.has(name));
}

function byState(depth: 'counts' | 'content', file: string) {
  return async (dir: string): Promise<string> => {
    const path = join(dir, file);
    return existsSync(path) ? centreState(path, depth) : 'absent';
  };
}

async function judgeByState(this: Operation, dir: string, old: string, fresh: string): Promise<Judged> {
  const state = await this.state(dir).catch(() => 'unreadable');
  return state === old ? 'old' : state === fresh ? 'new' : 'damaged';
}

async function workbookState(path: string, earlier: Buffer): Promise<string> {
  if (!existsSync(path)) return 'absent';
  const bytes = readFileSync(path);
  if (bytes.equals(earlier)) return 'earlier file';
  try {
    const workbook = await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
    return `workbook of ${workbook.worksheets.length} sheets`;
  } catch {
    return 'unreadable';
  }
}

export function operations(sources: Sources, today: string): Operation[] {
  const earlier = readFileSync(sources.earlierReport);
  const centre = 'centre.sqlite';
  return [
    {
      name: 'import',
      centre,
      judged: centre,
      finalName: centre,
      prepare: (dir) => copyCentre(sources.demo, join(dir, centre)),
      args: ['import', 'members', sources.members, '--db', centre, '--json'],
      writing: (dir) => walGrowing(dir, centre),
      state: byState('content', centre),
      judge: judgeByState,
    },
    {
      name: 'plan',
      centre,
      judged: centre,
      finalName: centre,
      // The stress centre: its plan runs long enough (seconds past start-up) to be killed halfway.
      prepare: (dir) => copyCentre(sources.stress, join(dir, centre)),
      args: ['plan', '--db', centre, '--today', today, '--json'],
      writing: (dir) => walGrowing(dir, centre),
      state: byState('content', centre),
      judge: judgeByState,
    },
    {
      name: 'report',
      centre,
      judged: 'shipments.xlsx',
      finalName: 'shipments.xlsx',
      prepare: (dir) => {
        copyCentre(sources.stress, join(dir, centre));
        copyCentre(sources.earlierReport, join(dir, 'shipments.xlsx'));
      },
      args: ['report', 'shipments', '--db', centre, '--out', 'shipments.xlsx', '--from', '2026-01', '--to', today.slice(0, 7), '--today', today],
      writing: (dir) => newFile(dir, 'shipments.xlsx.'),
      state: (dir) => workbookState(join(dir, 'shipments.xlsx'), earlier),
      async judge(dir, old, fresh) {
        const state = await this.state(dir);
        return state === old ? 'old' : state === fresh ? 'new' : 'damaged';
      },
    },
    {
      name: 'backup',
      centre,
      judged: 'backup.sqlite',
      finalName: 'backup.sqlite',
      prepare: (dir) => {
        copyCentre(sources.stress, join(dir, centre));
        copyCentre(sources.demo, join(dir, 'backup.sqlite'));
      },
      args: ['backup', '--db', centre, '--out', 'backup.sqlite'],
      writing: (dir) => newFile(dir, 'backup.sqlite.'),
      state: byState('counts', 'backup.sqlite'),
      async judge(dir, old, fresh) {
        const verdict = await judgeByState.call(this, dir, old, fresh);
        // A new backup must also pass the full check, as restore would ask of it.
        if (verdict !== 'new') return verdict;
        return (await sentra(['check', '--db', 'backup.sqlite', '--json'], { cwd: dir })).code === 0 ? 'new' : 'damaged';
      },
    },
    {
      name: 'restore',
      centre,
      judged: centre,
      finalName: centre,
      prepare: (dir) => copyCentre(sources.demo, join(dir, centre)),
      args: ['restore', '--db', centre, '--from', sources.stress],
      // The checked copy is in hand and the replaced centre is being kept: the swap comes next.
      writing: (dir) => newFile(join(dir, 'backups'), 'centre-before-restore-'),
      state: byState('counts', centre),
      judge: judgeByState,
    },
  ];
}
