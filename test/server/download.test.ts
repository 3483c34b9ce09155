import { readdirSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MadeFile } from '../../shared/api/files';
import type { JobProgress, ReportFile } from '../../shared/api/jobs';
import { outbox } from '../../main/core/platform/files/outbox';
import type { RunningServer } from '../../main/server';
import { attachment } from '../../main/server/download';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { serveTempApp } from './serve-temp-app';

// Browser mode's door for files the app made: GET /download/<fileId>?token=…, once.
let t: TempApp;
let server: RunningServer;
let base: string;

beforeEach(async () => {
  t = await tempApp();
  ({ server, base } = await serveTempApp(t));
});
afterEach(async () => {
  await server.close();
  await t.app.jobs.close();
  t.close();
});

async function call<T>(name: string, body: unknown): Promise<T> {
  const response = await fetch(`${base}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer secret-token' },
    body: JSON.stringify(body),
  });
  const result = (await response.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const download = (fileId: string, token = 'secret-token', init: RequestInit = {}) =>
  fetch(`${base}/download/${fileId}?token=${encodeURIComponent(token)}`, init);

/** The outbox's files of one made file (other test files of this worker may have left theirs). */
const waiting = (fileId: string) => readdirSync(outbox().dir()).filter((name) => name.startsWith(fileId));

describe('a made file over HTTP', () => {
  it('downloads a report job\'s workbook once, as an attachment, then it is gone', async () => {
    let progress = await call<JobProgress>('jobs:startReport', { name: 'registry' });
    while (progress.state === 'running') progress = await call<JobProgress>('jobs:progress', { jobId: progress.jobId });
    const file = await call<ReportFile>('jobs:result', { jobId: progress.jobId });
    expect(Object.keys(file).sort()).toEqual(['bytes', 'fileId', 'fileName', 'headline']);
    expect(file.fileId).toMatch(/^[A-Za-z0-9_-]{32}$/);

    expect(waiting(file.fileId)).toHaveLength(1);
    const response = await download(file.fileId);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.length).toBe(file.bytes);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
    expect(workbook.worksheets.length).toBeGreaterThan(0);
    expect(JSON.stringify(workbook.worksheets.map((sheet) => sheet.getSheetValues()))).toContain('DAFTAR ANGGOTA KOPERASI');

    const again = await download(file.fileId, 'secret-token', { headers: { 'accept-language': 'id' } });
    expect(again.status).toBe(404);
    expect(await again.text()).toBe('Berkas ini sudah diambil atau sudah kedaluwarsa; buat lagi dari layar.');
    expect(waiting(file.fileId)).toEqual([]);
  });

  it('refuses a wrong or missing token, another origin and other methods, without using the file up', async () => {
    const file = await call<MadeFile>('files:template', { kind: 'members' });
    expect((await download(file.fileId, 'wrong')).status).toBe(401);
    expect((await fetch(`${base}/download/${file.fileId}`)).status).toBe(401);
    expect((await download(file.fileId, 'secret-token', { headers: { origin: 'http://evil.example' } })).status).toBe(403);
    const posted = await download(file.fileId, 'secret-token', { method: 'POST', headers: { 'accept-language': 'en' } });
    expect(posted.status).toBe(405);
    expect(await posted.text()).toBe('Files are downloaded by GET only.');
    expect((await download('x'.repeat(32))).status).toBe(404);
    expect((await download('..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
    const response = await download(file.fileId, 'secret-token', { headers: { origin: base } });
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).length).toBe(file.bytes);
  });

  it('names a non-ASCII file exactly (RFC 5987) with a plain fallback', async () => {
    const file = outbox().put('Rekap Pengrajin — Sidoarjo "Ö".xlsx', Buffer.from('PK\u0003\u0004 a workbook'));
    const response = await download(file.fileId);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Rekap Pengrajin _ Sidoarjo ___.xlsx"; filename*=UTF-8''Rekap%20Pengrajin%20%E2%80%94%20Sidoarjo%20%22%C3%96%22.xlsx`,
    );
    expect(await response.text()).toBe('PK\u0003\u0004 a workbook');
    expect(attachment("l'été (1).xlsx")).toBe(`attachment; filename="l'_t_ (1).xlsx"; filename*=UTF-8''l%27%C3%A9t%C3%A9%20%281%29.xlsx`);
  });
});
