import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { MONTH_SOURCES, type MonthSource } from '../../../shared/api/exports';
import { translator } from '../../../shared/i18n';
import { AppError } from '../../../shared/result';
import { contextFor, type App } from '../../core/platform/app';
import { chooseFileMonthSources } from '../../core/shipments/export-history-import-month-file';
import type { CliArgs } from '../index';

function isMonthSource(value: string | undefined): value is MonthSource {
  return MONTH_SOURCES.some((source) => source === value);
}

/**
 * `sentra import exports F.xlsx --month-source history|shipments`: before the preview, records the
 * choice for every month of the file that has shipments that left (audited). Without the option
 * the preview names those months with both figures and nothing of them is imported.
 */
export async function chooseMonthSourceOf(app: App, args: CliArgs, path: string): Promise<string[]> {
  if (!isMonthSource(args.monthSource)) {
    throw new AppError('INVALID_INPUT', translator(args.locale)('exports.source.option', { value: args.monthSource ?? '' }), { field: 'month-source' });
  }
  return chooseFileMonthSources(contextFor(app, args.locale), basename(path), readFileSync(path), args.monthSource);
}
