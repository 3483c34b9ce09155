// `npm run bench`: figures with their ratio to a floor measured in the same run. Not a test.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { chromium } from 'playwright-core';
import { createApp } from '../../main/core/platform/app';
import { openDatabase } from '../../main/core/platform/db/connection';
import { dispatch } from '../../main/core/dispatch';
import { importMemoryFigures } from './import-memory';
import { line, median, timed } from './measure';
import { ordersGridFigures } from './orders-grid';
import { reportFigures } from './reports';
import { stressFigures } from './stress';

const root = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(root, 'main/cli/bin.mjs');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'sentra-bench-'));
let fresh = 0;

async function freshApp() {
  const dbPath = join(dir, `b${fresh++}.sqlite`);
  return createApp(await openDatabase(dbPath), dbPath, { actor: 'bench', today: '2026-11-23' });
}

async function memberWorkbook(rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Anggota');
  sheet.addRow(['DAFTAR ANGGOTA']);
  sheet.addRow(['No', 'No. Anggota', 'Nama Lengkap', 'NIK KTP', 'No. HP', 'Desa', 'Tanggal Masuk', 'Status']);
  for (let i = 1; i <= rows; i++) {
    sheet.addRow([i, `B-${String(i).padStart(5, '0')}`, `Anggota ${i}`, `3515060101${String(i).padStart(6, '0')}`, `0812${String(i).padStart(8, '0')}`, 'Kludan', new Date(Date.UTC(2000 + (i % 25), i % 12, 1 + (i % 28))), 'aktif']);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function importFigures(): Promise<void> {
  const file = await memberWorkbook(10_000);
  const floor = await median(RUNS, () => timed(() => new ExcelJS.Workbook().xlsx.load(new Uint8Array(file).buffer)));
  const total = await median(RUNS, async () => {
    const app = await freshApp();
    const ms = await timed(async () => {
      const preview = await dispatch(app, 'imports:preview', { kind: 'members', fileName: 'a.xlsx', dataBase64: file.toString('base64') });
      if (!preview.ok) throw new Error(preview.error.message);
      const id = (preview.value as { importId: string }).importId;
      const commit = await dispatch(app, 'imports:commit', { importId: id, skipInvalid: false });
      if (!commit.ok || (commit.value as { imported: number }).imported !== 10_000) throw new Error('import failed');
    });
    app.db.close();
    return ms;
  });
  line('import 10,000-row member workbook', total, floor, 'exceljs read');

  const app = await freshApp();
  const preview = await dispatch(app, 'imports:preview', { kind: 'members', fileName: 'a.xlsx', dataBase64: file.toString('base64') });
  if (preview.ok) await dispatch(app, 'imports:commit', { importId: (preview.value as { importId: string }).importId, skipInvalid: false });
  const bare = await median(RUNS, () =>
    timed(async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('x');
      const rows = app.db.prepare('SELECT * FROM member').all() as Record<string, unknown>[];
      for (const row of rows) sheet.addRow(Object.values(row));
      await workbook.xlsx.writeBuffer();
    }),
  );
  const exported = await median(RUNS, () => timed(() => dispatch(app, 'files:export', { kind: 'members' })));
  line('export 10,000 members to xlsx', exported, bare, 'bare exceljs write');
  app.db.close();
}

async function startupFigures(): Promise<void> {
  const dbPath = join(dir, 'demo.sqlite');
  spawnSync(process.execPath, [BIN, 'demo', '--db', dbPath], { stdio: 'ignore' });
  const nodeFloor = await median(RUNS, () => timed(() => spawnSync(process.execPath, ['-e', '0'])));
  const browser = await chromium.launch({
    executablePath: process.env.SENTRA_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const serveTimes: number[] = [];
  const usable = await median(RUNS, async () => {
    const start = performance.now();
    const child = spawn(process.execPath, [BIN, 'serve', '--db', dbPath, '--port', '0', '--no-open'], { stdio: ['ignore', 'pipe', 'ignore'] });
    const [url] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
    serveTimes.push(performance.now() - start);
    const page = await browser.newPage();
    await page.goto(`${url}#/members`);
    await page.getByTestId('members-count').filter({ hasText: '276' }).waitFor();
    const ms = performance.now() - start;
    await page.close();
    child.kill('SIGTERM');
    await once(child, 'exit');
    return ms;
  });
  await browser.close();
  serveTimes.sort((a, b) => a - b);
  line('browser mode: serve prints its URL', serveTimes[Math.floor(serveTimes.length / 2)], nodeFloor, 'bare node start');
  line('browser mode: start to members grid (276 rows)', usable, nodeFloor, 'bare node start');
}

function bundleFigures(): void {
  const assets = join(root, 'out/renderer/assets');
  let raw = 0;
  let gzip = 0;
  for (const name of readdirSync(assets)) {
    const bytes = readFileSync(join(assets, name));
    raw += statSync(join(assets, name)).size;
    gzip += gzipSync(bytes).length;
  }
  console.log(`${'renderer bundle (out/renderer/assets)'.padEnd(48)} ${(raw / 1024).toFixed(0).padStart(7)} KiB  (${(gzip / 1024).toFixed(0)} KiB gzip)`);
}

console.log(`Sentra Planner bench — medians of ${RUNS} runs`);
bundleFigures();
await importFigures();
await importMemoryFigures();
await startupFigures();
if (process.env.BENCH_STRESS !== '0') {
  await stressFigures(dir, RUNS);
  await ordersGridFigures(BIN, join(dir, 'stress.sqlite'), join(dir, 'demo.sqlite'), RUNS);
  await reportFigures(join(dir, 'stress.sqlite'), RUNS);
}
rmSync(dir, { recursive: true, force: true });
