import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { partFiles } from './centre-state';
import { sentra, sentraOk } from './cli-process';
import { operations, type Operation, type Sources } from './kill-ops';
import { writeMembersWorkbook } from './workbook';

/**
 * Kill -9 trials (TESTING.md, layer 5): the real CLI importing, planning, writing a report,
 * backing up and restoring, killed with SIGKILL at delays spread from its start-up to near its
 * end. After each kill the centre must pass `sentra check`, hold all or none of the work, and no
 * final name may hold a half-written file; a later uninterrupted run must succeed and clear the
 * part files the killed ones left.
 */
export interface OperationTally {
  name: string;
  trials: number;
  /** Killed while still running, after its start-up. */
  midway: number;
  /** Finished before the kill came. */
  finished: number;
  checkOk: number;
  old: number;
  fresh: number;
  damaged: string[];
  /** Part files a killed run left (new since the trial began), summed over the trials. */
  leftovers: number;
  /** Part files of the operation's own final name still there after the next uninterrupted run. */
  leftAfterNextRun: string[];
  /** Other part files still there after the next run (another final name, e.g. in backups/). */
  otherParts: string[];
  /** Of those, still there after `sentra backup` (which clears backups/ of dead writers' parts). */
  otherPartsAfterBackup: string[];
  nextRunOk: boolean;
}

export interface KillOptions {
  trials?: number;
  rows?: number;
  log?: (line: string) => void;
}

const TODAY = '2026-11-23';

async function prepareSources(root: string, rows: number, log: (line: string) => void): Promise<Sources> {
  const sources: Sources = {
    demo: join(root, 'demo.sqlite'),
    stress: join(root, 'stress.sqlite'),
    members: join(root, 'members.xlsx'),
    earlierReport: join(root, 'earlier.xlsx'),
  };
  log(`  preparing: demonstration centre, stress centre, ${rows.toLocaleString('en')} members workbook`);
  await sentraOk(['demo', '--db', sources.demo, '--json'], root);
  await sentraOk(['demo', '--db', sources.stress, '--scale', 'stress', '--json'], root);
  await sentraOk(['template', 'members', '--out', sources.earlierReport], root);
  await writeMembersWorkbook(sources.members, rows);
  return sources;
}

async function trialsOf(op: Operation, root: string, trials: number, startup: number, log: (line: string) => void): Promise<OperationTally> {
  const dir = join(root, op.name);
  mkdirSync(dir, { recursive: true });
  op.prepare(dir);
  const old = await op.state(dir);
  const reference = await sentra(op.args, { cwd: dir, watch: op.writing(dir) });
  if (reference.code !== 0) throw new Error(`sentra ${op.args.join(' ')} exited ${reference.code}: ${reference.stderr.slice(0, 500)}`);
  const fresh = await op.state(dir);
  const tally: OperationTally = { name: op.name, trials, midway: 0, finished: 0, checkOk: 0, old: 0, fresh: 0, damaged: [], leftovers: 0, leftAfterNextRun: [], otherParts: [], otherPartsAfterBackup: [], nextRunOk: false };
  const writingAt = reference.seenAtMs ?? startup;
  log(`  ${op.name}: an uninterrupted run takes ${(reference.ms / 1000).toFixed(1)} s, writing from ${(writingAt / 1000).toFixed(1)} s`);
  const byTime = Math.ceil(trials / 2);
  for (let i = 0; i < trials; i++) {
    op.prepare(dir);
    // By time: the first kill lands in start-up, the next ones spread over the run. By phase: the
    // rest land at, and spread after, the first sign of writing (a WAL growing, a part file).
    const byPhase = i >= byTime;
    const killAfterMs = i === 0 ? startup / 2 : startup + ((reference.ms - startup) * i) / byTime;
    const killAfterSeenMs = ((reference.ms - writingAt) * 0.9 * (i - byTime)) / Math.max(trials - byTime - 1, 1);
    const earlier = new Set(partFiles(dir));
    const ended = await sentra(op.args, byPhase ? { cwd: dir, watch: op.writing(dir), killAfterSeenMs } : { cwd: dir, killAfterMs });
    const when = byPhase ? `writing + ${Math.round(killAfterSeenMs)} ms` : `${Math.round(killAfterMs)} ms`;
    if (ended.killed && (byPhase || killAfterMs >= startup)) tally.midway += 1;
    if (!ended.killed) tally.finished += 1;
    const parts = partFiles(dir).filter((p) => !earlier.has(p));
    tally.leftovers += parts.length;
    const check = await sentra(['check', '--db', op.centre, '--json'], { cwd: dir });
    if (check.code === 0) tally.checkOk += 1;
    else tally.damaged.push(`trial ${i + 1} (${when}): check exited ${check.code}: ${check.stdout.slice(0, 300)}`);
    const verdict = await op.judge(dir, old, fresh);
    if (verdict === 'old') tally.old += 1;
    else if (verdict === 'new') tally.fresh += 1;
    else tally.damaged.push(`trial ${i + 1} (${when}, ${ended.killed ? 'killed' : `exit ${ended.code}`}): ${op.judged} is neither as before nor as a whole run leaves it (${await op.state(dir).catch(String)})`);
    log(`    trial ${i + 1}: ${ended.killed ? 'killed' : 'finished'} at ${when}, check ${check.code === 0 ? 'ok' : 'FAILED'}, ${verdict}, ${parts.length} part files${parts.length ? ` (${parts.map((p) => relative(dir, p)).join(', ')})` : ''}`);
  }
  // The next run on the same folder: must not be stopped by anything the killed ones left.
  op.prepare(dir);
  const next = await sentra(op.args, { cwd: dir });
  tally.nextRunOk = next.code === 0 && (await op.state(dir)) === fresh;
  if (!tally.nextRunOk) tally.damaged.push(`next run exited ${next.code}: ${next.stderr.slice(0, 300)}${next.stdout.slice(0, 300)}`);
  const remaining = partFiles(dir).map((p) => relative(dir, p));
  tally.leftAfterNextRun = remaining.filter((p) => p.startsWith(`${op.finalName}.`));
  tally.otherParts = remaining.filter((p) => !p.startsWith(`${op.finalName}.`));
  if (tally.otherParts.length > 0) {
    // Parts in backups/ are the backups' own to clear: the next backup (or the app's daily one) does.
    await sentraOk(['backup', '--db', op.centre, '--out', join('backups', 'after-trials.sqlite')], dir);
    tally.otherPartsAfterBackup = partFiles(dir).map((p) => relative(dir, p)).filter((p) => tally.otherParts.includes(p));
    if (tally.otherPartsAfterBackup.length > 0) tally.damaged.push(`part files a backup did not clear: ${tally.otherPartsAfterBackup.join(', ')}`);
  }
  return tally;
}

export async function runKillTrials(options: KillOptions = {}): Promise<OperationTally[]> {
  const log = options.log ?? ((line: string) => console.log(line));
  const root = mkdtempSync(join(tmpdir(), 'sentra-kill9-'));
  try {
    const sources = await prepareSources(root, options.rows ?? 50_000, log);
    // Start-up: loading the CLI and opening the centre, before any work begins.
    const startup = (await sentraOk(['count', 'members', '--db', sources.demo, '--json'], root)).ms;
    log(`  start-up of the CLI: ${Math.round(startup)} ms`);
    const tallies: OperationTally[] = [];
    for (const op of operations(sources, TODAY)) tallies.push(await trialsOf(op, root, options.trials ?? 5, startup, log));
    return tallies;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export function killFailures(tallies: OperationTally[]): number {
  return tallies.reduce((sum, t) => sum + t.damaged.length + t.leftAfterNextRun.length + (t.nextRunOk ? 0 : 1), 0);
}

export function printKillTrials(tallies: OperationTally[], log: (line: string) => void = console.log): void {
  log('kill -9 trials:');
  log('  operation  trials  killed mid-way  finished first  check ok  all-or-nothing ok (old/new)  part files left by kills  left after next run  next run ok');
  for (const t of tallies) {
    const cells = [
      t.name.padEnd(9),
      String(t.trials).padStart(6),
      String(t.midway).padStart(15),
      String(t.finished).padStart(15),
      `${t.checkOk}/${t.trials}`.padStart(9),
      `${t.old + t.fresh}/${t.trials} (${t.old}/${t.fresh})`.padStart(28),
      String(t.leftovers).padStart(25),
      String(t.leftAfterNextRun.length).padStart(20),
      (t.nextRunOk ? 'yes' : 'NO').padStart(12),
    ];
    log(`  ${cells.join(' ')}`);
    for (const d of t.damaged) log(`    ! ${t.name}: ${d}`);
    for (const p of t.leftAfterNextRun) log(`    ! ${t.name}: part file left after the next run: ${p}`);
    if (t.otherParts.length > 0) {
      const cleared = t.otherPartsAfterBackup.length === 0 ? 'removed by the next `sentra backup`' : 'NOT removed by `sentra backup`';
      log(`    ~ ${t.name}: ${t.otherParts.length} part files of other names remained after the next run, ${cleared}: ${t.otherParts.join(', ')}`);
    }
  }
  log(`  damage: ${killFailures(tallies)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const trials = Number(process.argv.find((a) => a.startsWith('--trials='))?.slice(9) ?? 5);
  const tallies = await runKillTrials({ trials });
  printKillTrials(tallies);
  process.exitCode = killFailures(tallies) > 0 ? 1 : 0;
}
