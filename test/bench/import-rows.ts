// One measurement in its own process (import-memory.ts runs it): a member workbook of `rows` rows
// written to a file first, then, after startLine(), either imported as the screen does (preview on a
// worker thread, then commit: `ours`) or loaded by bare exceljs' in-memory reader (`bare`, what the
// importer did before). The parent watches the resident set, worker threads included.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { contextFor, createApp } from '../../main/core/platform/app';
import { openDatabase } from '../../main/core/platform/db/connection';
import { commitImport, previewImport } from '../../main/core/lists/import';
import { endLine, startLine } from './measure';

const [variant, rowsText] = process.argv.slice(2);
const rows = Number(rowsText);
const dir = mkdtempSync(join(tmpdir(), 'sentra-import-bench-'));
const path = join(dir, 'anggota.xlsx');

const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
const sheet = writer.addWorksheet('Anggota');
sheet.addRow(['No', 'No. Anggota', 'Nama Lengkap', 'NIK KTP', 'No. HP', 'Desa', 'Tanggal Masuk', 'Status']).commit();
for (let i = 1; i <= rows; i++) {
  sheet.addRow([i, `B-${String(i).padStart(6, '0')}`, `Anggota ${i}`, `35150601${String(i).padStart(8, '0')}`, `0812${String(i).padStart(8, '0')}`, i % 2 ? 'Kludan' : 'Kedensari', new Date(Date.UTC(2000 + (i % 25), i % 12, 1 + (i % 28))), 'aktif']).commit();
}
sheet.commit();
await writer.commit();
const data = readFileSync(path);

const dbPath = join(dir, 'centre.sqlite');
const db = await openDatabase(dbPath);
const app = createApp(db, dbPath, { actor: 'bench', today: '2026-11-23' });
const ctx = contextFor(app, 'id');
console.log(startLine());
const start = performance.now();
let imported = 0;
if (variant === 'ours') {
  const preview = await previewImport(ctx, 'members', 'anggota.xlsx', data);
  const outcome = await commitImport(ctx, preview.importId, false);
  imported = outcome?.imported ?? 0;
} else {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(data).buffer);
  imported = workbook.worksheets[0].actualRowCount - 1;
}
const ms = performance.now() - start;
await app.jobs.close();
db.close();
rmSync(dir, { recursive: true, force: true });
console.log(endLine({ ms, imported, fileMb: data.length / 1_048_576 }));
