import { rmSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { REPORT_NAMES, type ReportName } from '../../../shared/api/exports';
import type { ReportHeadline } from '../../../shared/api/jobs';
import { translator } from '../../../shared/i18n';
import { AppError } from '../../../shared/result';
import type { App } from '../../core/platform/app';
import { beginPart, commitPart, removeOrphanParts, removePart } from '../../core/platform/db/part-file';
import type { CliArgs } from '../index';
import type { Output } from '../output';
import { moveMadeFile } from '../made-file';
import { run, withApp } from '../run';

const POLL_MS = 200;

/**
 * Parts of earlier runs of this --out whose process is gone (kill -9, power cut, Ctrl+C): a part
 * names its writer's pid, so another report still writing the same file keeps its own. Before
 * the pid was in the name a part was plain `<out>.part`; only an older version writes that.
 */
function removeLeftovers(outPath: string): void {
  removeOrphanParts(dirname(outPath), `${basename(outPath)}.`);
  rmSync(`${outPath}.part`, { force: true });
}

/**
 * The report on a worker thread through the same calls as the screens (jobs:*), written by the
 * thread into the app's outbox (a streamed report never holds the whole workbook), then moved to
 * `<out>.<pid>-<n>.part` and renamed once complete, so a failed or interrupted run leaves no half
 * file under the asked name. Progress goes
 * to stderr where a person watches a terminal (one line, rewritten); Ctrl+C ends the process and
 * the worker, and the next run removes the part it left. Gives back the report's headline, computed
 * by the worker from the same figures as the file.
 */
async function writeWatched(app: App, args: CliArgs, out: Output, name: ReportName, outPath: string): Promise<ReportHeadline> {
  const t = translator(args.locale);
  let progress = await run(app, args, 'jobs:startReport', { name, from: args.from, to: args.to });
  removeLeftovers(outPath);
  const partPath = beginPart(outPath);
  const { stderr } = out.io;
  const watching = stderr.isTTY === true;
  try {
    while (progress.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      progress = await run(app, args, 'jobs:progress', { jobId: progress.jobId });
      if (!watching) continue;
      const { done, total } = progress;
      const line = total > 0 ? t('jobs.writingRows', { done, total, pct: Math.floor((done / total) * 100) }) : t('jobs.writing');
      stderr.write(`\r${line}\x1b[K`);
    }
    if (watching) stderr.write('\r\x1b[K');
    const { headline, ...file } = await run(app, args, 'jobs:result', { jobId: progress.jobId });
    moveMadeFile(file, partPath);
    commitPart(partPath, outPath);
    return headline;
  } finally {
    removePart(partPath);
  }
}

function isReportName(name: string | undefined): name is ReportName {
  return REPORT_NAMES.some((known) => known === name);
}

/** `sentra report <name> --db F --out F.xlsx [--from YYYY-MM --to YYYY-MM] [--json]`. */
export function reportCommand(args: CliArgs, out: Output): Promise<number> {
  const name = args.positionals[0];
  if (!isReportName(name)) {
    const message = translator(args.locale)('exports.report.unknown', { name: name ?? '', known: REPORT_NAMES.join(', ') });
    return Promise.resolve(out.fail({ code: 'INVALID_INPUT', message, details: { known: [...REPORT_NAMES] } }));
  }
  return withApp(args, out, async (app) => {
    if (!args.out) throw new AppError('INVALID_INPUT', 'Missing --out');
    // The headline of the very figures the workbook was made from: the worker computed the report once (core/reports).
    const headline = await writeWatched(app, args, out, name, resolve(args.out));
    out.result(headline.json, `Wrote ${args.out}\n${headline.text}`);
    return 0;
  });
}
