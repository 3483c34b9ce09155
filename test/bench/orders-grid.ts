// The orders grid in a real browser on the stress centre: 100,000 orders, 1,000,000 lines.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { chromium, type Browser } from 'playwright-core';
import { line, median } from './measure';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function serve(bin: string, dbPath: string): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [bin, 'serve', '--db', dbPath, '--port', '0', '--no-open'], { stdio: ['ignore', 'pipe', 'ignore'] });
  // A server that cannot start (a newer schema, a lock) exits without printing its address.
  let isStopping = false;
  const exited = once(child, 'exit').then(([code]) => {
    if (!isStopping) throw new Error(`sentra serve --db ${dbPath} exited with code ${String(code)} before printing its address`);
  });
  const [url] = (await Promise.race([once(createInterface({ input: child.stdout }), 'line'), exited])) as [string];
  return {
    url,
    async stop() {
      isStopping = true;
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * From opening #/orders to the first rows and the total on screen, and from a click on a status
 * chip to the filtered total: what a manager waits for. The floor is the same page's first rows on
 * the 1,775-order demo centre, so the ratio shows what size costs.
 */
export async function ordersGridFigures(bin: string, stressDb: string, demoDb: string, runs: number): Promise<void> {
  const browser = await chromium.launch({ executablePath: process.env.SENTRA_CHROMIUM ?? '/usr/bin/chromium', args: FLAGS });
  try {
    const demoShow = await timedShow(browser, bin, demoDb, runs, false);
    const stressShow = await timedShow(browser, bin, stressDb, runs, false);
    const stressFilter = await timedShow(browser, bin, stressDb, runs, true);
    line('orders grid in Chromium: show, demo (1,775 orders)', demoShow);
    line('orders grid in Chromium: show, stress (100,000)', stressShow, demoShow, 'same on the demo centre');
    line('orders grid in Chromium: status filter, stress', stressFilter, demoShow, 'showing on the demo centre');
  } finally {
    await browser.close();
  }
}

async function timedShow(browser: Browser, bin: string, dbPath: string, runs: number, filter: boolean): Promise<number> {
  const server = await serve(bin, dbPath);
  try {
    return await median(runs, async () => {
      // A context of its own per run: closing it drops the keep-alive sockets the server waits for on exit.
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      const grid = page.getByTestId('orders-grid');
      const start = performance.now();
      await page.goto(`${server.url}#/orders`);
      await grid.locator('.ag-row').first().waitFor();
      await page.getByTestId('orders-count').filter({ hasText: /\d/ }).waitFor();
      let ms = performance.now() - start;
      if (filter) {
        const before = await page.getByTestId('orders-count').textContent();
        const clicked = performance.now();
        await page.getByTestId('status-chip-confirmed').click();
        await page.getByTestId('orders-count').filter({ hasNotText: before ?? '' }).waitFor();
        await grid.locator('.ag-row').first().waitFor();
        ms = performance.now() - clicked;
      }
      await context.close();
      return ms;
    });
  } finally {
    await server.stop();
  }
}
