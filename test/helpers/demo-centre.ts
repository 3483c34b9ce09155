import { copyFileSync, existsSync } from 'node:fs';
import { inject } from 'vitest';

/**
 * The demonstration centre (`demo:create {}` on 23 November 2026) is the same file for every test
 * that starts from it, and making it costs a second or two: the suite's global set-up makes it
 * once (test/helpers/demo-setup.ts) and each test copies the file into its own temp folder.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    /** Path of the prepared demo centre, closed and checkpointed; '' when none was prepared. */
    demoCentre: string;
  }
}

/** Copies the prepared demo centre to `dbPath`; false when there is none (a run without the set-up). */
export function copyPreparedDemo(dbPath: string): boolean {
  let prepared = '';
  try {
    prepared = inject('demoCentre') ?? '';
  } catch {
    // Outside a vitest worker (a script run by tsx) nothing was provided: the caller builds it.
    return false;
  }
  if (!prepared || !existsSync(prepared)) return false;
  copyFileSync(prepared, dbPath);
  return true;
}
