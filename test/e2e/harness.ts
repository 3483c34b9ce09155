import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../main/server';
import { tempApp, type TempApp } from '../helpers/temp-app';

export const RENDERER_DIR = fileURLToPath(new URL('../../out/renderer', import.meta.url));
export const CHROMIUM = process.env.SENTRA_CHROMIUM ?? '/usr/bin/chromium';

/** Chromium here must stay off the closed network and out of any profile but its own. */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Session {
  page: Page;
  /** The centre behind the screens: arrange data with `must`, check it with `call`. */
  backend: TempApp;
  server: RunningServer;
  /** Console errors and uncaught page errors (a CSP violation is one): a test ends with none. */
  problems: string[];
  /** The app's address with the token, plus an optional route (`#/print/members`). */
  url(hash?: string): string;
  close(): Promise<void>;
}

export interface SessionOptions {
  /** Start from the demonstration centre (a copy of the run's prepared file, see test/helpers/demo-centre.ts). */
  demo?: boolean;
  /** Arranges the database before the browser opens (the screens then start past the welcome page). */
  arrange?(backend: TempApp): Promise<void>;
}

/**
 * One end-to-end session: a fresh SQLite file (today fixed at 23 November 2026), browser mode
 * served in-process on a free loopback port from the built renderer, and Debian's Chromium with a
 * fresh profile, driven by playwright-core.
 */
export async function openSession(options: SessionOptions = {}): Promise<Session> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(
      `The renderer is not built: ${join(RENDERER_DIR, 'index.html')} is missing. ` +
        'Run `npx vite build --config renderer/vite.config.ts` before the end-to-end tests.',
    );
  }
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium).`);
  const backend = await tempApp({ today: '2026-11-23', demo: options.demo });
  const profile = mkdtempSync(join(tmpdir(), 'sentra-chromium-'));
  let server: RunningServer | null = null;
  let context: BrowserContext | null = null;
  try {
    if (options.arrange) await options.arrange(backend);
    server = await startServer({ app: backend.app, staticDir: RENDERER_DIR, port: 0 });
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1366, height: 768 },
      locale: 'id-ID',
      acceptDownloads: true,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    const running = server;
    const browser = context;
    return {
      page,
      backend,
      server: running,
      problems,
      url: (hash = '') => `${running.url}${hash}`,
      async close() {
        await browser.close();
        await running.close();
        backend.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close();
    await server?.close();
    backend.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

/** A centre profile, so that the screens open past the welcome page. */
export async function arrangeCentre(backend: TempApp): Promise<void> {
  await backend.must('centre:save', {
    name: 'Sentra IKM Tas dan Koper Tanggulangin',
    cooperativeName: 'Koperasi Industri Tas dan Koper (INTAKO)',
    district: 'Tanggulangin',
    regency: 'Sidoarjo',
    province: 'Jawa Timur',
    chairTitle: 'Ketua',
    chairName: 'H. Bambang Sugiarto',
    secretaryTitle: 'Sekretaris',
    secretaryName: 'Sri Wahyuningsih',
    signCity: 'Sidoarjo',
  });
}

/** The number of pages in a PDF: page objects, not the page tree nodes (`/Type /Pages`). */
export function pdfPageCount(bytes: Buffer): number {
  return bytes.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}
