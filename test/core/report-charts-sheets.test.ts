import type ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { readWorkbook } from '../fixtures/workbooks';
import { pngSize } from '../helpers/png';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { reportCentre } from './report-production-centre';
import { ROADMAP, roadmapCentre } from './roadmap-centre';
import { madeBytes } from '../helpers/made-file';

/** The roadmap's and the production report's charts: each on a "Grafik" sheet after the summary. */

let t: TempApp;
afterEach(() => t.close());

async function report(name: 'roadmap' | 'production', from?: string, to?: string): Promise<ExcelJS.Workbook> {
  const file = await t.must('files:report', { name, from, to });
  return readWorkbook(madeBytes(file));
}

function chartSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  expect(workbook.worksheets[1]?.name).toBe('Grafik');
  return workbook.worksheets[1];
}

/** The one picture of the sheet: anchored in column A under the report's title lines, a PNG drawn at 1210 px wide. */
function onePicture(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet): { row: number; height: number } {
  const images = sheet.getImages();
  expect(images).toHaveLength(1);
  const [image] = images;
  let titleEnd = 0;
  sheet.eachRow((row) => (row.getCell(1).value ? (titleEnd = row.number) : null));
  expect(image.range.tl.nativeCol).toBe(0);
  expect(image.range.tl.nativeRow).toBeGreaterThanOrEqual(titleEnd);
  const picture = workbook.getImage(Number(image.imageId));
  const size = pngSize(new Uint8Array(picture.buffer ?? new ArrayBuffer(0)));
  expect(size.width).toBe(1210);
  return { row: image.range.tl.nativeRow, height: size.height };
}

function words(sheet: ExcelJS.Worksheet): string[] {
  const found: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => (typeof cell.value === 'string' ? found.push(cell.value) : null)));
  return found;
}

describe('the roadmap chart', () => {
  it('draws every KPI’s target and actual year by year on the Grafik sheet, one A4 page wide', async () => {
    t = await tempApp({ today: '2026-11-23' });
    await roadmapCentre(t);
    await t.must('roadmap:save', ROADMAP);
    const workbook = await report('roadmap');
    const sheet = chartSheet(workbook);
    // Six KPIs, two a row: three rows of small charts under the key.
    expect(onePicture(workbook, sheet).height).toBeGreaterThan(900);
    expect(words(sheet)).toContain('LAPORAN CAPAIAN ROADMAP REVITALISASI');
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1, fitToHeight: 0 });
  });

  it('says there is nothing to draw where no KPI has a target or an actual', async () => {
    t = await tempApp({ today: '2026-11-23' });
    await t.must('roadmap:save', {
      name: 'Roadmap kosong', startYear: 2025, endYear: 2027, baselineYear: 2024,
      kpis: [{ standard: null, name: 'Pengunjung', unit: 'orang', direction: 'up', measure: 'flow', targets: [] }],
    });
    const sheet = chartSheet(await report('roadmap'));
    expect(sheet.getImages()).toEqual([]);
    expect(words(sheet)).toContain('Grafik tidak dibuat: belum ada target maupun capaian KPI.');
  });
});

describe('the production chart', () => {
  it('draws capacity used month by month on the Grafik sheet', async () => {
    t = await tempApp({ today: '2026-12-31' });
    await reportCentre(t);
    const workbook = await report('production', '2026-10', '2026-12');
    onePicture(workbook, chartSheet(workbook));
    expect(workbook.worksheets.slice(2).flatMap((sheet) => sheet.getImages())).toEqual([]);
  });

  it('says there is nothing to draw for a period without deliveries, instead of a chart of zeros', async () => {
    t = await tempApp({ today: '2026-12-31' });
    await reportCentre(t);
    const sheet = chartSheet(await report('production', '2026-01', '2026-03'));
    expect(sheet.getImages()).toEqual([]);
    expect(words(sheet)).toContain('Grafik tidak dibuat: belum ada setoran pada Januari–Maret 2026.');
  });
});
