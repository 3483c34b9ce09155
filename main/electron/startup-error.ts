import { app, dialog } from 'electron';
import { LOCALES, translator } from '../../shared/i18n';

/** Which step of opening the centre failed: its lock (someone else has it) or the database. */
export type StartStep = 'lock' | 'open';

/** A failure while opening the centre, with the step and file, so the message can say what to do. */
export class StartupError extends Error {
  constructor(
    readonly step: StartStep,
    readonly dbPath: string,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

/**
 * The start-up failure in words, in Indonesian and then English: nothing the user chose can be
 * read yet (the language is a preference inside the database that did not open).
 */
export function startupMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return LOCALES.map((locale) => {
    const t = translator(locale);
    const lines = [t('shell.startFailed')];
    if (error instanceof StartupError) lines.push(t(error.step === 'lock' ? 'shell.alreadyOpen' : 'shell.cannotOpen', { path: error.dbPath }));
    lines.push(t('shell.cause', { message }));
    return lines.join('\n\n');
  }).join('\n\n――――――――\n\n');
}

/** A desktop app has no console to print to: the failure is a dialog, then the app ends. */
export function reportStartupFailure(error: unknown): void {
  dialog.showErrorBox('Sentra Planner', startupMessage(error));
  app.quit();
}
