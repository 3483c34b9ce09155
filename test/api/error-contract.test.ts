import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ERROR_CODES, errorDetailSchemas, isErrorCode } from '../../shared/errors';
import { AppError } from '../../shared/result';
import { startServer, type RunningServer } from '../../main/server';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { seedCentre } from '../planning/centre';

const ROOT = join(__dirname, '..', '..');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the closed union of error codes', () => {
  it('gives every code a details schema, and the README names every code', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(ERROR_CODES.length).toBeGreaterThanOrEqual(25);
    for (const code of ERROR_CODES) {
      expect(errorDetailSchemas[code], code).toBeDefined();
      expect(readme, code).toContain(`\`${code}\``);
    }
    expect(isErrorCode('SOMETHING_ELSE')).toBe(false);
  });

  it('requires the details of the codes that carry facts, and refuses details of another code', () => {
    expect(errorDetailSchemas.BAD_TRANSITION.safeParse(undefined).success).toBe(false);
    expect(errorDetailSchemas.LOCKED_RECORD.safeParse({ entity: 'order', id: 1, reason: 'status' }).success).toBe(false);
    expect(errorDetailSchemas.OVER_RECEIPT.safeParse({ field: 'lines', line: 2 }).success).toBe(false);
    expect(errorDetailSchemas.MIXED_CURRENCY.safeParse({ currency: 'IDR', other: 'USD' }).success).toBe(true);
    expect(errorDetailSchemas.NOT_FOUND.safeParse(undefined).success).toBe(true);
    expect(errorDetailSchemas.BUSY.safeParse({ field: 'x' }).success).toBe(false);
    // A refusal thrown again from data keeps its code and details whole.
    const again = AppError.from({ code: 'OVER_RECEIPT', message: 'm', details: { open: 2, qty: 3 } });
    expect(again.toShape()).toEqual({ code: 'OVER_RECEIPT', message: 'm', details: { open: 2, qty: 3 } });
  });

  it('leaves no screen guessing the shape of details: the renderer reads them only after narrowing on the code', () => {
    const guessing = sourceFiles(join(ROOT, 'renderer', 'src')).filter((path) => /error\.details|typeof [a-z.]*details/.test(readFileSync(path, 'utf8')));
    expect(guessing.map((path) => path.slice(ROOT.length + 1))).toEqual([]);
  });
});

describe('a refusal crossing HTTP', () => {
  let t: TempApp;
  let server: RunningServer;

  beforeEach(async () => {
    t = await tempApp();
    seedCentre(t.app.db);
    server = await startServer({ app: t.app, staticDir: t.dir, token: 'secret-token' });
  });
  afterEach(async () => {
    await server.close();
    t.close();
  });

  async function post(name: string, body: unknown): Promise<{ ok: boolean; value?: { id: number }; error?: { code: string; message: string; details?: unknown } }> {
    const response = await fetch(`http://127.0.0.1:${server.port}/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer secret-token', 'accept-language': 'en' },
      body: JSON.stringify(body),
    });
    return (await response.json()) as { ok: boolean; value?: { id: number }; error?: { code: string; message: string; details?: unknown } };
  }

  /** The refusal's details, checked against its code's schema: exactly what the schema names, nothing else. */
  function typedDetails(answer: Awaited<ReturnType<typeof post>>): unknown {
    const code = answer.error?.code ?? '';
    if (!isErrorCode(code)) throw new Error(`not a code of the union: ${code}`);
    const parsed = errorDetailSchemas[code].parse(answer.error?.details);
    expect(parsed).toEqual(answer.error?.details);
    return parsed;
  }

  it('keeps its code and typed details: a bad status change, a locked order, over-receiving, mixed currencies', async () => {
    const draft = {
      supplier: 'CV Kulit Garut', orderDate: '2026-11-23', expectedOn: '2026-12-07',
      lines: [{ materialCode: 'KLT-SAPI', qty: 100, unitCost: 45_000 }, { materialCode: 'BNG-01', qty: 2000, unitCost: 20 }],
    };
    const saved = await post('purchases:save', draft);
    const id = saved.value?.id ?? 0;
    expect((await post('purchases:setStatus', { id, status: 'ordered' })).ok).toBe(true);

    const backwards = await post('purchases:setStatus', { id, status: 'draft' });
    expect(backwards.error?.code).toBe('BAD_TRANSITION');
    expect(backwards.error?.message).toContain('draft');
    expect(typedDetails(backwards)).toEqual({ field: 'status', entity: 'purchase', from: 'ordered', to: 'draft', allowed: ['received', 'cancelled'] });

    const locked = await post('purchases:save', { ...draft, id });
    expect(locked.error?.code).toBe('LOCKED_RECORD');
    expect(typedDetails(locked)).toEqual({ field: 'status', entity: 'purchase', id, reason: 'status', status: 'ordered' });

    const tooMuch = await post('purchases:receive', { id, receivedOn: '2026-12-02', lines: [{ materialCode: 'KLT-SAPI', qty: 101 }] });
    expect(tooMuch.error?.code).toBe('OVER_RECEIPT');
    expect(typedDetails(tooMuch)).toEqual({ field: 'lines', line: 1, open: 100, qty: 101 });

    t.app.db.prepare("UPDATE material SET currency = 'USD' WHERE material_code = 'BNG-01'").run();
    const mixed = await post('purchases:save', draft);
    expect(mixed.error?.code).toBe('MIXED_CURRENCY');
    expect(typedDetails(mixed)).toEqual({ field: 'lines', line: 2, currency: 'IDR', other: 'USD' });
  });
});
