import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { workbookBuffer } from '../fixtures/workbooks';
import { sentraJson as sentra } from '../helpers/cli';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { twoSourceCentre } from './export-sources-centre';

/**
 * Importing export history for a month that has shipments: the preview names the month with both
 * figures and nothing of it is written until its source is chosen (screen: exports:chooseMonthSource;
 * CLI: --month-source history|shipments); the choice is recorded and every report follows it.
 */

let t: TempApp;
afterEach(() => t.close());

const HEADER = ['Tahun', 'Bulan', 'Negara Tujuan', 'Kategori', 'Kode HS', 'Nilai FOB (USD)'];
const rows = () => workbookBuffer({ name: 'Ekspor', rows: [HEADER, [2026, 9, 'US', 'Tas', '4202.21', 100], [2025, 10, 'JP', 'Dompet', '4202.31', 250]] });
const preview = async () =>
  t.must('imports:preview', { kind: 'exports', fileName: 'ekspor.xlsx', dataBase64: (await rows()).toString('base64') });

describe('export history for a month with shipments', () => {
  it("is refused at preview and commit, naming the month and both figures, until the month's source is chosen", async () => {
    t = await tempApp({ today: '2026-11-23' });
    const shipmentsUsdCents = await twoSourceCentre(t, { historyRow: false });
    const first = await preview();
    expect(first.errors).toEqual([{ row: 2, column: 'Bulan', message: expect.stringContaining('September 2026') }]);
    expect(first.errors[0].message).toContain('USD 100,00');
    expect(first.errors[0].message).toContain(`USD ${new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2 }).format(shipmentsUsdCents / 100)}`);
    const refused = await t.must('imports:commit', { importId: first.importId, skipInvalid: false });
    expect([refused.imported, refused.errors.length]).toEqual([0, 1]);

    await t.must('exports:chooseMonthSource', { months: ['2026-09'], source: 'history' });
    const second = await preview();
    expect(second.errors).toEqual([]);
    expect((await t.must('imports:commit', { importId: second.importId, skipInvalid: false })).imported).toBe(2);
    const perf = await t.must('reports:exportPerformance', { from: '2026-09', to: '2026-09' });
    expect([perf.currentUsdCents, perf.monthSources[0].source, perf.monthSources[0].shipmentsUsdCents]).toEqual([10_000, 'history', shipmentsUsdCents]);
  });

  it("takes the choice from the CLI's --month-source, and without it names the month and imports nothing", async () => {
    t = await tempApp({ today: '2026-11-23' });
    const shipmentsUsdCents = await twoSourceCentre(t, { historyRow: false });
    const copy = join(t.dir, 'copy.sqlite');
    await t.app.db.backup(copy);
    const file = join(t.dir, 'ekspor.xlsx');
    writeFileSync(file, await rows());
    const without = await sentra('import', 'exports', file, '--db', copy, '--today', '2026-11-23');
    expect(without).toMatchObject({ code: 1, value: { imported: 0, errors: [{ row: 2, message: expect.stringContaining('--month-source') }] } });
    expect(await sentra('import', 'exports', file, '--db', copy, '--today', '2026-11-23', '--month-source', 'kapal')).toMatchObject({ code: 1 });
    expect(await sentra('import', 'exports', file, '--db', copy, '--today', '2026-11-23', '--month-source', 'shipments')).toMatchObject({ code: 0, value: { imported: 2 } });
    const report = await sentra('report', 'export-performance', '--db', copy, '--out', join(t.dir, 'k.xlsx'), '--from', '2026-09', '--to', '2026-09', '--today', '2026-11-23');
    expect(report).toMatchObject({
      code: 0,
      value: { current_usd: shipmentsUsdCents / 100, month_sources: [{ month: '2026-09', source: 'shipments', history_usd: 100, shipments_usd: shipmentsUsdCents / 100, two_sources: true }] },
    });
    expect((report.value.month_sources as { chosen: unknown }[])[0].chosen).not.toBeNull();
  });
});
