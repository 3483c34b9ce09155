import type { CallInput, CallName, CallOutput } from '../../shared/api/contract';
import { isValidIsoDate } from '../../shared/dates';
import { translator } from '../../shared/i18n';
import { AppError } from '../../shared/result';
import type { App } from '../core/platform/app';
import { dispatch } from '../core/dispatch';
import type { CliArgs } from './index';
import { openApp } from './open-app';
import type { Output } from './output';

/** The CLI is a transport like IPC and HTTP: every command goes through the same handler table. */
export async function run<K extends CallName>(app: App, args: CliArgs, name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const result = await dispatch(app, name, input, args.locale);
  if (!result.ok) throw AppError.from(result.error);
  return result.value as CallOutput<K>;
}

/** Opens the database for one command, turns refusals into output, and always closes it. */
export async function withApp(args: CliArgs, out: Output, work: (app: App) => Promise<number>): Promise<number> {
  if (args.today !== undefined && !isValidIsoDate(args.today)) {
    return out.fail({ code: 'INVALID_INPUT', message: `--today: ${translator(args.locale)('invalid.date')}` });
  }
  let app: App | undefined;
  try {
    app = await openApp(args);
    return await work(app);
  } catch (error) {
    if (error instanceof AppError) return out.fail(error.toShape());
    throw error;
  } finally {
    app?.db.close();
  }
}
