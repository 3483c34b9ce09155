import { writeFileSync } from 'node:fs';
import { REPORT_NAMES, type ReportName } from '../../../shared/api/exports';
import { translator } from '../../../shared/i18n';
import { formatMoney } from '../../../shared/money';
import { AppError } from '../../../shared/result';
import type { App } from '../../core/app';
import type { CliArgs } from '../index';
import type { Output } from '../output';
import { run, withApp } from '../run';

/** What `--json` prints for a report: its headline figures, in the contract's keys. */
type Headline = (app: App, args: CliArgs) => Promise<{ json: Record<string, unknown>; text: string }>;

/** USD cents to dollars with two decimals, as numbers (725.54). */
function dollars(cents: number): number {
  return Math.round(cents) / 100;
}

/** Each report name's headline; a new report is one more entry (its workbook comes from the core's REPORTS). */
const HEADLINES: Record<ReportName, Headline> = {
  'export-performance': async (app, args) => {
    const report = await run(app, args, 'reports:exportPerformance', { from: args.from, to: args.to });
    const json = { current_usd: dollars(report.currentUsd), previous_usd: dollars(report.previousUsd), growth_pct: report.growthPct };
    const { period } = report;
    const usd = (cents: number) => formatMoney(cents, 'USD', args.locale);
    const growth = report.growthPct === null ? '—' : `${report.growthPct.toLocaleString(args.locale === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: 2 })} %`;
    const text = `${period.from}…${period.to}: ${usd(report.currentUsd)} · ${period.previousFrom}…${period.previousTo}: ${usd(report.previousUsd)} · ${growth}`;
    return { json, text };
  },
  roadmap: async (app, args) => {
    // The headline year: the year of --to (or --from), else this year.
    const month = args.to ?? args.from;
    const view = await run(app, args, 'roadmap:get', { year: month ? Number(month.slice(0, 4)) : undefined });
    if (!view) throw new AppError('NOT_FOUND', translator(args.locale)('roadmap.errors.noRoadmap'));
    const h = view.headline;
    const usd = (cents: number | null) => (cents === null ? null : dollars(cents));
    const json = {
      year: h.year, kpis: h.kpis, achieved: h.achieved, on_track: h.onTrack, behind: h.behind, no_data: h.noData,
      export_target_usd: usd(h.exportTargetUsd), export_actual_usd: usd(h.exportActualUsd),
    };
    const text = translator(args.locale)('roadmap.workbook.headline', { ...h });
    return { json, text };
  },
};

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
    const file = await run(app, args, 'files:report', { name, from: args.from, to: args.to });
    writeFileSync(args.out, Buffer.from(file.dataBase64, 'base64'));
    const headline = await HEADLINES[name](app, args);
    out.result(headline.json, `Wrote ${args.out}\n${headline.text}`);
    return 0;
  });
}
