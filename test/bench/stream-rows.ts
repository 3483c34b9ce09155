// One measurement in its own process (stream-memory.ts runs it): `rows` synthetic detail lines of
// ten columns streamed into an .xlsx file at `out`, by our stream-sheet code or by bare exceljs.
// Prints startLine() after a small warm-up, then {"ms", "heapMb", "externalMb", "fileMb", ...}: the
// peaks of V8's heap and of memory outside it (Buffers) above the start; the parent watches the resident set.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { contextFor, createApp, type CallContext } from '../../main/core/platform/app';
import { openDatabase } from '../../main/core/platform/db/connection';
import type { SheetColumn } from '../../main/core/platform/workbook/style';
import { addStreamRows, closeStreamSheet, openStreamSheet } from '../../main/core/platform/workbook/stream-sheet';
import { sheetPressure } from '../../main/core/platform/workbook/stream-pressure';
import { streamWorkbook } from '../../main/core/platform/workbook/stream-workbook';
import { endLine, startLine } from './measure';

export type StreamVariant = 'ours' | 'bare' | 'bare-paced';

interface Line {
  shipmentNo: string; date: Date; buyerCode: string; sku: string; product: string; qty: number; netKg: number; m3: number; currency: string; fobUsd: number;
}

function* lines(rows: number): Generator<Line> {
  for (let i = 0; i < rows; i++) {
    yield {
      shipmentNo: `SHP-2025-${String(Math.floor(i / 40)).padStart(6, '0')}`, date: new Date(Date.UTC(2025, Math.floor((i * 12) / rows), 1 + (i % 28))),
      buyerCode: `BY-${i % 97}`, sku: `TS-${String(i % 500).padStart(3, '0')}`, product: `Tas kulit model ${i % 500}`,
      qty: 50 + (i % 950), netKg: (i % 977) / 10, m3: (i % 311) / 1000, currency: 'USD', fobUsd: (i % 79_193) / 100,
    };
  }
}

const COLUMNS: SheetColumn<Line>[] = [
  { key: 'shipmentNo', header: 'No. Pengapalan', width: 16, kind: 'text', value: (l) => l.shipmentNo, total: 'count' },
  { key: 'date', header: 'Tanggal', width: 11, kind: 'date', value: (l) => l.date },
  { key: 'buyerCode', header: 'Pembeli', width: 11, kind: 'text', value: (l) => l.buyerCode },
  { key: 'sku', header: 'SKU', width: 10, kind: 'text', value: (l) => l.sku },
  { key: 'product', header: 'Produk', width: 26, kind: 'text', value: (l) => l.product },
  { key: 'qty', header: 'Jumlah', width: 9, kind: 'number', value: (l) => l.qty, total: 'sum' },
  { key: 'netKg', header: 'Berat bersih', width: 11, kind: 'decimal', value: (l) => l.netKg, total: 'sum' },
  { key: 'm3', header: 'm³', width: 10, kind: 'decimal', value: (l) => l.m3, numFmt: () => '#,##0.000', total: 'sum' },
  { key: 'currency', header: 'Mata uang', width: 7, kind: 'text', value: (l) => l.currency },
  { key: 'fobUsd', header: 'FOB (USD)', width: 13, kind: 'money', value: (l) => l.fobUsd, total: 'sum' },
];

const peak = { heap: 0, external: 0 };
let base = process.memoryUsage();
function sample(): void {
  const now = process.memoryUsage();
  peak.heap = Math.max(peak.heap, now.heapUsed - base.heapUsed);
  peak.external = Math.max(peak.external, now.external - base.external);
}

/** Our code: the report frame, styles, running totals, SUBTOTAL row, autofilter; straight into the file. */
async function ours(rows: number, out: string, ctx: CallContext): Promise<void> {
  const { workbook, finish } = streamWorkbook(ctx, { path: out });
  const table = openStreamSheet(ctx, workbook, { name: 'Rincian', title: 'Rincian barang', lines: ['Periode 2025'], orientation: 'landscape', columns: COLUMNS, frozenColumns: 1 });
  await addStreamRows(table, sampled(lines(rows)));
  closeStreamSheet(table, { label: 'Jumlah', empty: 'belum ada data' });
  await finish();
}

/** Bare exceljs as its README shows it: a row added and committed at a time, no styles; `paced` waits for deflate as we do. */
async function bare(rows: number, out: string, paced: boolean): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out });
  const sheet = workbook.addWorksheet('Rincian');
  const pressure = sheetPressure(sheet, new Promise<Error>(() => {}));
  for (const l of sampled(lines(rows))) {
    sheet.addRow([l.shipmentNo, l.date, l.buyerCode, l.sku, l.product, l.qty, l.netKg, l.m3, l.currency, l.fobUsd]).commit();
    if (paced && pressure.isFull()) await pressure.drained();
  }
  sheet.commit();
  await workbook.commit();
}

/** Samples inside the loop too: a writer that never waits gives a timer no turn. */
function* sampled<T>(items: Iterable<T>): Generator<T> {
  let count = 0;
  for (const item of items) {
    if (++count % 1000 === 0) sample();
    yield item;
  }
}

const [variant, rowsText] = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'sentra-stream-'));
const out = join(dir, 'rows.xlsx');
const dbPath = join(dir, 'centre.sqlite');
const app = createApp(await openDatabase(dbPath), dbPath, { actor: 'bench', today: '2026-11-23' });
const write = (rows: number) => (variant === 'ours' ? ours(rows, out, contextFor(app, 'id')) : bare(rows, out, variant === 'bare-paced'));
// Warm-up: exceljs builds some of its tables on first use; the measured part starts after.
await write(1000);
base = process.memoryUsage();
console.log(startLine());
const timer = setInterval(sample, 50);
const start = performance.now();
await write(Number(rowsText));
const ms = performance.now() - start;
sample();
clearInterval(timer);
const mb = (bytes: number) => Math.round(bytes / 1_048_576);
console.log(endLine({ ms, heapMb: mb(peak.heap), externalMb: mb(peak.external), fileMb: statSync(out).size / 1_048_576 }));
app.db.close();
rmSync(dir, { recursive: true, force: true });
