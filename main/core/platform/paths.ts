import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where a centre's database lives unless `--db` says otherwise: the OS user-data folder, the
 * same folder Electron's `app.getPath('userData')` gives for the product name.
 */
export function userDataFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Sentra Planner');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Sentra Planner');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Sentra Planner');
}

export function defaultDatabasePath(): string {
  return join(userDataFolder(), 'sentra.sqlite');
}
