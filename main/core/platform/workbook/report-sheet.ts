import ExcelJS, { type Workbook, type Worksheet } from 'exceljs';
import type { Centre } from '../../../../shared/domain/centre';
import { formatDateId } from '../../../../shared/dates';
import type { CallContext } from '../app';
import { getCentre } from '../db/centre';
import { headerFooterText, writeTitle } from './style';

/**
 * The frame of every report sheet: the centre's letterhead lines, the report's title and period,
 * A4 fitted to the width with the header row repeated, the centre's name and page numbers in the
 * header and footer. Centre text goes in as plain strings under the text format, never as formulas.
 */

export function reportWorkbook(ctx: CallContext): Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sentra Planner';
  workbook.created = new Date(ctx.app.now());
  // Excel recomputes the formulas on opening; the cached results serve readers that do not.
  workbook.calcProperties = { fullCalcOnLoad: true };
  return workbook;
}

/** Kop surat as lines: cooperative, centre, address, contacts (those the centre has filled in). */
export function letterheadLines(ctx: CallContext, centre: Centre): string[] {
  const { t } = ctx;
  const joined = (parts: (string | null)[], separator: string) => parts.filter((part): part is string => Boolean(part && part.trim())).join(separator);
  const place = joined([
    centre.address,
    centre.village ? t('ui.print.village', { name: centre.village }) : null,
    centre.district ? t('ui.print.district', { name: centre.district }) : null,
    centre.regency,
    joined([centre.province, centre.postalCode], ' '),
  ], ', ');
  const contact = joined([centre.phone ? t('ui.print.phone', { phone: centre.phone }) : null, centre.email ? t('ui.print.email', { email: centre.email }) : null], ' · ');
  const regNo = centre.cooperativeRegNo ? t('ui.print.regNo', { number: centre.cooperativeRegNo }) : null;
  return [centre.cooperativeName, centre.name, regNo, place, contact].filter((line): line is string => Boolean(line && line.trim()));
}

export interface ReportSheet {
  sheet: Worksheet;
  /** The table's header row, under the letterhead, title and period lines and one blank row. */
  headerRow: number;
}

export function addReportSheet(
  ctx: CallContext, workbook: Workbook, options: { name: string; title: string; lines: string[]; width: number; orientation: 'portrait' | 'landscape' },
): ReportSheet {
  const centre = getCentre(ctx.app.db);
  const letterhead = letterheadLines(ctx, centre);
  // Letterhead, a thin gap, the title, the report's own lines, a blank row, then the header.
  const headerRow = letterhead.length + options.lines.length + 4;
  const sheet = workbook.addWorksheet(options.name, {
    pageSetup: {
      paperSize: 9, orientation: options.orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true,
      printTitlesRow: `${headerRow}:${headerRow}`,
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddHeader: `&L${headerFooterText(centre.cooperativeName ?? centre.name)}&R${headerFooterText(options.title)}`,
      oddFooter: `&L${headerFooterText(ctx.t('imports.printed', { date: formatDateId(ctx.app.today()) }))}&R${ctx.t('imports.page')}`,
    },
  });
  writeTitle(sheet, [
    ...letterhead.map((text, i) => ({ text, size: i === 0 ? 13 : i === 1 ? 11 : 9, bold: i < 2 })),
    { text: null, size: 6, height: 6 },
    { text: options.title, size: 13, bold: true, height: 22 },
    ...options.lines.map((text) => ({ text, size: 10 })),
  ], options.width);
  // A kop surat is centred over the page, and so is the title under it.
  for (let row = 1; row < headerRow - 1; row++) sheet.getCell(row, 1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  return { sheet, headerRow };
}
