import type ExcelJS from 'exceljs';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contextFor } from '../../main/core/platform/app';
import { countryFigure, monthFigure } from '../../main/core/reports/export-performance/charts';
import { EXPORT_ROWS_2022 } from '../fixtures/export-rows';
import { readWorkbook } from '../fixtures/workbooks';
import { pngSize } from '../helpers/png';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { madeBytes } from '../helpers/made-file';

const ROWS = EXPORT_ROWS_2022;

let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
  for (const row of ROWS) await t.must('exports:save', row);
});
afterEach(() => t.close());

async function workbookFor(from: string, to: string, locale: 'id' | 'en' = 'id'): Promise<ExcelJS.Workbook> {
  const result = await t.call('files:report', { name: 'export-performance', from, to }, locale);
  if (!result.ok) throw new Error(result.error.message);
  return readWorkbook(madeBytes(result.value));
}

/** The last row of column A with words in it (the summary's last note). */
function lastTextRow(sheet: ExcelJS.Worksheet): number {
  let last = 0;
  sheet.eachRow((row) => {
    if (typeof row.getCell(1).value === 'string') last = row.number;
  });
  return last;
}

function texts(sheet: ExcelJS.Worksheet): string[] {
  const found: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => (typeof cell.value === 'string' ? found.push(cell.value) : null)));
  return found;
}

describe('the export-performance charts', () => {
  it('puts the months and the destinations as PNG pictures on the summary, under its notes, 16 cm wide', async () => {
    const workbook = await workbookFor('2022-01', '2022-09');
    const summary = workbook.getWorksheet('Ringkasan');
    if (!summary) throw new Error('no summary');
    const images = summary.getImages();
    expect(images).toHaveLength(2);
    const notesEnd = lastTextRow(summary);
    const [months, countries] = images.map((image) => image.range.tl);
    // Anchors are 0-based: the first picture starts below the last note, the second below the first.
    expect(months.nativeCol).toBe(0);
    expect(months.nativeRow).toBeGreaterThanOrEqual(notesEnd);
    expect(countries.nativeRow).toBeGreaterThan(months.nativeRow + 10);
    for (const image of images) {
      const picture = workbook.getImage(Number(image.imageId));
      expect(picture.extension).toBe('png');
      const size = pngSize(new Uint8Array(picture.buffer ?? new ArrayBuffer(0)));
      // Drawn at twice the 605 px (16 cm) it is shown at, so it stays sharp in print.
      expect(size.width).toBe(1210);
      expect(size.height).toBeGreaterThan(300);
    }
    // The breakdown sheets stay pictures-free: the figures are there in rows.
    expect(workbook.worksheets.filter((sheet) => sheet.name !== 'Ringkasan').flatMap((sheet) => sheet.getImages())).toEqual([]);
    // Still one A4 page wide.
    expect(summary.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1, fitToHeight: 0 });
  });

  it('says in words that there is nothing to draw for a period without any export, instead of a chart of zeros', async () => {
    const workbook = await workbookFor('2024-01', '2024-03');
    const summary = workbook.getWorksheet('Ringkasan');
    expect(summary?.getImages()).toEqual([]);
    expect(texts(summary!)).toContain('Grafik tidak dibuat: belum ada data ekspor pada Jan–Mar 2024 maupun Jan–Mar 2023.');
  });

  it('draws last year’s months but no destinations where only the earlier period exported', async () => {
    const workbook = await workbookFor('2023-01', '2023-09', 'en');
    const summary = workbook.getWorksheet('Summary');
    expect(summary?.getImages()).toHaveLength(1);
    expect(texts(summary!)).toContain('No destination chart: there were no exports in Jan–Sep 2023.');
  });

  it('labels the pictures in the reader’s language and leaves a month without figures empty', async () => {
    const report = await t.must('reports:exportPerformance', { from: '2022-01', to: '2022-09' });
    const periods = { current: 'Jan–Sep 2022', previous: 'Jan–Sep 2021' };
    const id = renderToStaticMarkup(monthFigure(t.ctx, report, periods));
    expect(id).toContain('>Ekspor per bulan (FOB, USD)<');
    expect(id).toContain('>Mei<');
    // Ticks in Indonesian: 100 · 200 · 300 · 400 dollars.
    expect(id).toContain('>400<');
    const en = renderToStaticMarkup(monthFigure(contextFor(t.app, 'en'), report, periods));
    expect(en).toContain('>Exports by month (FOB, USD)<');
    expect(en).toContain('>May<');
    // February had no export in either year: its group holds no bar at all, only its label.
    const february = id.split('<g class="chart-group">')[2];
    expect(february.split('</g>')[0]).not.toMatch(/<rect[^>]*fill="#/);
    const ring = renderToStaticMarkup(countryFigure(t.ctx, report, periods.current));
    expect(ring).toContain('>USD 400,00 · 55,1 %<');
    expect(ring).toContain('>Amerika Serikat<');
  });
});
