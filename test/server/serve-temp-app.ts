import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../main/server';
import type { TempApp } from '../helpers/temp-app';

/** Browser mode on a temp centre, with a stand-in page and the launch token 'secret-token'. */
export async function serveTempApp(t: TempApp, indexHtml = '<div id="root"></div>'): Promise<{ server: RunningServer; host: string; base: string }> {
  const staticDir = join(t.dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), indexHtml);
  const server = await startServer({ app: t.app, staticDir, token: 'secret-token' });
  const host = `127.0.0.1:${server.port}`;
  return { server, host, base: `http://${host}` };
}
