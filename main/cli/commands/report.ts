import { rmSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { jobsInputs } from '../../../shared/api/jobs';
import { withoutFobText } from '../../../shared/api/report-shipments';
import { REPORT_NAMES, shiftMonth, type ExportMonthSource, type PartialMonth, type ReportName, type ReportPeriod } from '../../../shared/api/exports';
import { translator } from '../../../shared/i18n';
import { formatMoney, usdFromCents } from '../../../shared/money';
import { AppError } from '../../../shared/result';
import { contextFor, type App } from '../../core/platform/app';
import { monthSourcesJson, monthSourceNotes, withoutFobJson } from '../../core/reports/export-performance/sources';
import { beginPart, commitPart, removeOrphanParts, removePart } from '../../core/platform/db/part-file';
import { describeIssues } from '../../core/dispatch';
import type { CliArgs } from '../index';
import type { Output } from '../output';
import { run, withApp } from '../run';

/** What `--json` prints for a report: its headline figures, in the contract's keys. */
type Headline = (app: App, args: CliArgs) => Promise<{ json: Record<string, unknown>; text: string }>;

/** The period as every report's `--json` gives it: `from`, `to`, `previous_from`, `previous_to`, `partialMonth` (null or `{"month","throughDay"}`). */
function periodJson(period: ReportPeriod): Record<string, unknown> {
  return { from: period.from, to: period.to, previous_from: period.previousFrom, previous_to: period.previousTo, partialMonth: period.partialMonth };
}

function partialText(args: CliArgs, partial: PartialMonth): string {
  return translator(args.locale)('exports.report.partialMonth', { day: partial.throughDay, month: partial.month, previous: shiftMonth(partial.month, -12) });
}

function sourceLines(app: App, args: CliArgs, sources: ExportMonthSource[]): string[] {
  return monthSourceNotes(contextFor(app, args.locale), sources);
}

/** Each report name's headline; a new report is one more entry (its workbook comes from the core's REPORTS). */
const HEADLINES: Record<ReportName, Headline> = {
  'export-performance': async (app, args) => {
    const report = await run(app, args, 'reports:exportPerformance', { from: args.from, to: args.to });
    const { period } = report;
    const json = {
      current_usd: usdFromCents(report.currentUsd), previous_usd: usdFromCents(report.previousUsd), growth_pct: report.growthPct,
      ...periodJson(period), months_with_data: report.monthsWithData.current, previous_months_with_data: report.monthsWithData.previous,
      missing_months: report.missingMonths, missing_previous_months: report.missingPreviousMonths,
      month_sources: monthSourcesJson(report.monthSources),
      without_fob: withoutFobJson(report.withoutFob.current), previous_without_fob: withoutFobJson(report.withoutFob.previous),
    };
    const t = translator(args.locale);
    const usd = (value: number | null) => (value === null ? t('exports.reports.noData') : formatMoney(value, 'USD', args.locale));
    const growth = report.growthPct === null ? '—' : `${report.growthPct.toLocaleString(args.locale === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: 2 })} %`;
    const lines = [`${period.from}…${period.to}: ${usd(report.currentUsd)} · ${period.previousFrom}…${period.previousTo}: ${usd(report.previousUsd)} · ${growth}`];
    if (period.partialMonth) lines.push(partialText(args, period.partialMonth));
    if (report.missingMonths.length > 0) lines.push(t('exports.reports.missing', { months: report.missingMonths.join(', ') }));
    if (report.missingPreviousMonths.length > 0) lines.push(t('exports.reports.missingPrevious', { months: report.missingPreviousMonths.join(', ') }));
    return { json, text: [...lines, ...sourceLines(app, args, report.monthSources)].join('\n') };
  },
  roadmap: async (app, args) => {
    // The headline year: the year of --to (or --from), else this year.
    const month = args.to ?? args.from;
    const view = await run(app, args, 'roadmap:get', { year: month ? Number(month.slice(0, 4)) : undefined });
    if (!view) throw new AppError('NOT_FOUND', translator(args.locale)('roadmap.errors.noRoadmap'));
    const h = view.headline;
    const json = {
      year: h.year, kpis: h.kpis, achieved: h.achieved, on_track: h.onTrack, behind: h.behind, no_data: h.noData,
      export_target_usd: usdFromCents(h.exportTargetUsd), export_actual_usd: usdFromCents(h.exportActualUsd),
    };
    const text = translator(args.locale)('roadmap.workbook.headline', { ...h });
    return { json, text };
  },
  registry: async (app, args) => {
    const report = await run(app, args, 'reports:registry', { from: args.from, to: args.to });
    const s = report.summary;
    const json = { as_of: report.asOf, members: s.members, active_members: s.activeMembers, units: s.units, active_units: s.activeUnits, workers: s.workers, monthly_capacity: s.monthlyCapacity };
    return { json, text: `${report.asOf}: ${s.members} / ${s.activeMembers} · ${s.units} / ${s.activeUnits} · ${s.workers} · ${s.monthlyCapacity}` };
  },
  government: async (app, args) => {
    const report = await run(app, args, 'reports:government', { from: args.from, to: args.to });
    // Figures the data does not reach are null, not zero.
    const json = {
      units: report.figures.registry.units, active_units: report.figures.registry.activeUnits, workers: report.figures.registry.workers, monthly_capacity: report.figures.registry.registeredMonthlyCapacity,
      production_qty: report.producedQty, production_value_idr: report.productionValueIdr, utilisation_pct: report.utilisationPct,
      raw_material_value_idr: report.materialValueIdr, export_value_usd: usdFromCents(report.exportUsd),
    };
    const idr = (value: number | null) => (value === null ? '—' : formatMoney(value, 'IDR', args.locale));
    const text = `${report.period.from}…${report.period.to}: ${report.summary.units} · ${idr(report.productionValueIdr)} · ${idr(report.materialValueIdr)}`;
    return { json, text };
  },
  shipments: async (app, args) => {
    const report = await run(app, args, 'reports:shipments', { from: args.from, to: args.to });
    const { totals, pending, period } = report;
    // Without a shipment that left, the sums are unknown (null), not zero.
    const known = <T>(value: T) => (totals.shipments > 0 ? value : null);
    // export_usd is the period's counted exports (export performance's current_usd); fob_usd sums the shipments listed whose FOB is
    // known (null when none is), without_fob names those it leaves out.
    const json = {
      shipments: totals.shipments, cartons: known(totals.cartons), volume_m3: known(totals.volumeM3), fob_usd: usdFromCents(totals.fobUsd),
      fob_idr: totals.fobIdr, countries: totals.countries, booked: pending.booked, draft: pending.draft,
      without_fob: report.withoutFob.map((s) => ({
        shipment_no: s.shipmentNo, month: s.month, missing: s.gaps, left_out_of: s.leftOutOf.map((sum) => (sum === 'fobUsd' ? 'fob_usd' : 'fob_idr')),
      })),
      ...periodJson(period), export_usd: usdFromCents(report.exports.usd), months_with_data: report.exports.monthsWithData, missing_months: report.missingMonths,
      by_month: report.byMonth.map((line) => ({ month: line.month, fob_usd: usdFromCents(line.fobUsd), export_usd: usdFromCents(line.countedUsd), source: line.source?.source ?? null })),
      month_sources: monthSourcesJson(report.exports.monthSources),
    };
    const t = translator(args.locale);
    const money = (value: number | null, currency: 'USD' | 'IDR') => (value === null ? t('reportShipments.noData') : formatMoney(value, currency, args.locale));
    const text = [
      `${period.from}…${period.to}: ${totals.shipments} · ${money(totals.fobUsd, 'USD')} · ${money(totals.fobIdr, 'IDR')}`,
      ...[withoutFobText(t, report.withoutFob)].filter((line): line is string => line !== null),
      ...sourceLines(app, args, report.exports.monthSources),
    ].join('\n');
    return { json, text };
  },
  production: async (app, args) => {
    const report = await run(app, args, 'reports:production', { from: args.from, to: args.to });
    const { total, period } = report;
    // Without SPK weeks the work assigned is unknown, without deliveries what came back: null, not zeros.
    const assigned = (value: number | null) => (total.assigned > 0 ? value : null);
    const delivered = (value: number | null) => (total.delivered > 0 ? value : null);
    const json = {
      assigned_pcs: assigned(total.assigned), delivered_pcs: delivered(total.delivered), accepted_pcs: delivered(total.accepted), rejected_pcs: delivered(total.rejected),
      reject_pct: delivered(report.rejectPct), utilisation_pct: report.figures.utilisationPct, production_value_idr: report.figures.productionValueIdr,
    };
    const text = `${period.from}…${period.to}: ${total.assigned} / ${total.delivered} / ${total.rejected} · ${formatMoney(total.valueIdr, 'IDR', args.locale)}`;
    return { json, text };
  },
  materials: async (app, args) => {
    const report = await run(app, args, 'reports:materials', { from: args.from, to: args.to });
    const { totals, plan } = report;
    const json = {
      materials: report.materials.length, stock_value_idr: report.hasStock ? totals.stockValueIdr : null, consumed_value_idr: totals.consumedValueIdr,
      purchased_value_idr: totals.receivedValueIdr, open_po_value_idr: totals.openValueIdr,
      suggestions: plan ? plan.lines.length : null, late_suggestions: plan ? plan.lines.filter((line) => line.late).length : null, below_reorder: report.belowReorder,
    };
    const text = `${report.asOf}: ${report.materials.length} · ${formatMoney(totals.stockValueIdr, 'IDR', args.locale)} · ${report.belowReorder}`;
    return { json, text };
  },
};

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
 * The report on a worker thread like the screens', written by the thread straight into
 * `<out>.<pid>-<n>.part` (a streamed report never holds the whole workbook) and renamed once
 * complete, so a failed or interrupted run leaves no half file under the asked name. Progress goes
 * to stderr where a person watches a terminal (one line, rewritten); Ctrl+C ends the process and
 * the worker, and the next run removes the part it left.
 */
async function writeWatched(app: App, args: CliArgs, out: Output, name: ReportName, outPath: string): Promise<void> {
  const t = translator(args.locale);
  // The contract's own check of the months, as every other transport gets it from dispatch.
  const input = jobsInputs['jobs:startReport'].safeParse({ name, from: args.from, to: args.to });
  if (!input.success) throw new AppError('INVALID_INPUT', t('errors.invalidInput', { issues: describeIssues(input.error.issues, t) }));
  removeLeftovers(outPath);
  const partPath = beginPart(outPath);
  const { stderr } = out.io;
  const watching = stderr.isTTY === true;
  let progress = app.jobs.startReport({ name, from: input.data.from, to: input.data.to, locale: args.locale, outPath: partPath });
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
    await run(app, args, 'jobs:result', { jobId: progress.jobId });
    commitPart(partPath, outPath);
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
    await writeWatched(app, args, out, name, resolve(args.out));
    const headline = await HEADLINES[name](app, args);
    out.result(headline.json, `Wrote ${args.out}\n${headline.text}`);
    return 0;
  });
}
