import ExcelJS from 'exceljs';
import type { ImportKind } from '../../../shared/api/files';
import { formatDateId } from '../../../shared/dates';
import { MEMBER_STATUSES, type Member } from '../../../shared/domain/member';
import { QUALITY_GRADES, type Unit } from '../../../shared/domain/unit';
import type { CallContext } from '../app';
import { getCentre, listCategories } from '../db/centre';
import { listMembers } from '../db/members';
import { listUnits } from '../db/units';
import {
  addChoices, excelDate, finishSheet, headerFooterText, setColumns, writeHeader, writeRows, writeTitle, writeTotals,
  type SheetColumn,
} from './workbook-style';

/** Title lines, a blank row, then the header: the importer finds the header below the titles. */
const HEADER_ROW = 5;
const FIRST_DATA_ROW = HEADER_ROW + 1;
/** Rows of an empty template that get the dropdowns. */
const TEMPLATE_ROWS = 500;

function memberColumns(ctx: CallContext): SheetColumn<Member>[] {
  const { t } = ctx;
  return [
    { key: 'row_number', header: t('imports.rowNumber'), width: 6, kind: 'index', value: (_m, i) => i + 1 },
    { key: 'member_no', header: t('member.memberNo'), width: 15, kind: 'text', value: (m) => m.memberNo },
    { key: 'name', header: t('member.name'), width: 28, kind: 'text', value: (m) => m.name, total: 'count' },
    { key: 'nik', header: t('member.nik'), width: 20, kind: 'text', value: (m) => m.nik },
    { key: 'phone', header: t('member.phone'), width: 16, kind: 'text', value: (m) => m.phone },
    { key: 'gender', header: t('member.gender'), width: 10, kind: 'text', value: (m) => m.gender, choices: ['L', 'P'] },
    { key: 'address', header: t('member.address'), width: 32, kind: 'text', value: (m) => m.address },
    { key: 'village', header: t('member.village'), width: 18, kind: 'text', value: (m) => m.village },
    { key: 'district', header: t('member.district'), width: 16, kind: 'text', value: (m) => m.district },
    { key: 'regency', header: t('member.regency'), width: 18, kind: 'text', value: (m) => m.regency },
    { key: 'joined_on', header: t('member.joinedOn'), width: 13, kind: 'date', value: (m) => excelDate(m.joinedOn) },
    {
      key: 'status', header: t('member.status'), width: 11, kind: 'text', value: (m) => t(`status.${m.status}`),
      choices: MEMBER_STATUSES.map((s) => t(`status.${s}`)),
    },
  ];
}

function unitColumns(ctx: CallContext): SheetColumn<Unit>[] {
  const { t } = ctx;
  const names = new Map(listCategories(ctx.app.db).map((c) => [c.code, ctx.locale === 'en' ? c.nameEn : c.nameId]));
  const yes = t('yesNo.yes');
  const no = t('yesNo.no');
  return [
    { key: 'row_number', header: t('imports.rowNumber'), width: 6, kind: 'index', value: (_u, i) => i + 1 },
    { key: 'unit_code', header: t('unit.unitCode'), width: 12, kind: 'text', value: (u) => u.unitCode },
    { key: 'name', header: t('unit.name'), width: 28, kind: 'text', value: (u) => u.name, total: 'count' },
    { key: 'owner_member_no', header: t('unit.ownerMemberNo'), width: 15, kind: 'text', value: (u) => u.ownerMemberNo },
    // For the reader only; the importer recognises the column and leaves it alone.
    { key: 'owner_name', header: t('imports.ownerName'), width: 24, kind: 'text', value: (u) => u.ownerName },
    { key: 'nib', header: t('unit.nib'), width: 16, kind: 'text', value: (u) => u.nib },
    { key: 'kbli', header: t('unit.kbli'), width: 8, kind: 'text', value: (u) => u.kbli },
    { key: 'address', header: t('unit.address'), width: 30, kind: 'text', value: (u) => u.address },
    { key: 'village', header: t('unit.village'), width: 18, kind: 'text', value: (u) => u.village },
    {
      key: 'categories', header: t('unit.categories'), width: 24, kind: 'text',
      value: (u) => u.categories.map((code) => names.get(code) ?? code).join(', ') || null,
    },
    { key: 'workers', header: t('unit.workers'), width: 11, kind: 'number', value: (u) => u.workers, total: 'sum' },
    { key: 'monthly_capacity', header: t('unit.monthlyCapacity'), width: 14, kind: 'number', value: (u) => u.monthlyCapacity, total: 'sum' },
    { key: 'quality_grade', header: t('unit.qualityGrade'), width: 7, kind: 'text', value: (u) => u.qualityGrade, choices: [...QUALITY_GRADES] },
    { key: 'active', header: t('unit.isActive'), width: 8, kind: 'text', value: (u) => (u.isActive ? yes : no), choices: [yes, no] },
  ];
}

function instruction(ctx: CallContext, kind: ImportKind): string {
  const { t } = ctx;
  if (kind === 'members') {
    return t('imports.instruction.members', {
      row: FIRST_DATA_ROW,
      required: [t('member.memberNo'), t('member.name')].join(', '),
      statuses: MEMBER_STATUSES.map((s) => t(`status.${s}`)).join(', '),
    });
  }
  const categories = listCategories(ctx.app.db).map((c) => (ctx.locale === 'en' ? c.nameEn : c.nameId));
  return t('imports.instruction.units', {
    row: FIRST_DATA_ROW,
    required: [t('unit.unitCode'), t('unit.name')].join(', '),
    categories: categories.join(', '),
  });
}

/** One sheet: titles, header, rows (none for a template), totals, print setup. */
async function buildWorkbook<T>(ctx: CallContext, kind: ImportKind, columns: SheetColumn<T>[], rows: T[] | null): Promise<Buffer> {
  const { t } = ctx;
  const centre = getCentre(ctx.app.db);
  const centreLine = [centre.cooperativeName, centre.name].filter((part) => part).join(' — ') || null;
  const title = rows === null ? t(`imports.templateTitle.${kind}`) : t(`imports.title.${kind}`);
  const today = ctx.app.today();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sentra Planner';
  workbook.created = new Date(ctx.app.now());
  // Excel recomputes the totals on opening; the cached results serve readers that do not.
  workbook.calcProperties = { fullCalcOnLoad: true };
  const width = columns.length;
  const sheet = workbook.addWorksheet(t(`imports.sheet.${kind}`), {
    pageSetup: {
      paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`, horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddHeader: `&L${headerFooterText(centreLine ?? '')}&R${headerFooterText(title)}`,
      oddFooter: `&L${headerFooterText(t('imports.printed', { date: formatDateId(today) }))}&R${t('imports.page')}`,
    },
  });
  setColumns(sheet, columns);
  writeTitle(sheet, [
    { text: title, size: 14, bold: true, height: 22 },
    { text: centreLine, size: 12, bold: true },
    rows === null
      ? { text: instruction(ctx, kind), size: 10, height: 42 }
      : { text: t('imports.asOf', { date: formatDateId(today) }), size: 10 },
  ], width);
  writeHeader(sheet, HEADER_ROW, columns);
  let lastRow = HEADER_ROW;
  if (rows === null) {
    addChoices(sheet, columns, FIRST_DATA_ROW, FIRST_DATA_ROW + TEMPLATE_ROWS - 1);
  } else {
    writeRows(sheet, FIRST_DATA_ROW, columns, rows);
    addChoices(sheet, columns, FIRST_DATA_ROW, FIRST_DATA_ROW + rows.length - 1);
    lastRow = HEADER_ROW + rows.length;
    if (rows.length > 0) writeTotals(sheet, lastRow + 1, t('imports.total'), columns, rows, FIRST_DATA_ROW);
  }
  finishSheet(sheet, { headerRow: HEADER_ROW, lastRow, width, frozenColumns: 3 });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The whole registry (every status, removed rows left out) as a workbook an accountant accepts
 * and the importer reads back unchanged.
 */
export async function registryWorkbook(ctx: CallContext, kind: ImportKind): Promise<Buffer> {
  if (kind === 'members') return buildWorkbook(ctx, kind, memberColumns(ctx), listMembers(ctx.app.db));
  return buildWorkbook(ctx, kind, unitColumns(ctx), listUnits(ctx.app.db));
}

/** The empty import workbook: the export's layout with an instruction line and no rows. */
export async function templateWorkbook(ctx: CallContext, kind: ImportKind): Promise<Buffer> {
  if (kind === 'members') return buildWorkbook(ctx, kind, memberColumns(ctx), null);
  return buildWorkbook(ctx, kind, unitColumns(ctx), null);
}
