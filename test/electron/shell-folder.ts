import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fake, resetFake } from './fake-electron';

/**
 * A fresh start for a desktop-shell test: the fake electron module reset, a temp folder with the
 * centre's path in it and the app's userData beside it. The test removes `dir` after each case.
 */
export function freshShellFolder(prefix: string): { dir: string; dbPath: string } {
  resetFake();
  const dir = mkdtempSync(join(tmpdir(), prefix));
  fake.userData = join(dir, 'userData');
  return { dir, dbPath: join(dir, 'centre.sqlite') };
}
