import type { ProductCategory } from '../../../shared/domain/centre';
import { QUALITY_GRADES, unitInput, type Unit, type UnitValues } from '../../../shared/domain/unit';
import { foldKey, type Checked } from '../../../shared/normalize';
import type { CallContext } from '../platform/app';
import { listCategories } from '../platform/db/centre';
import { memberNumbersInUse } from './member-queries';
import { listUnits, unitCodesInUse } from './unit-queries';
import { categoryMatcher } from '../catalogue/categories';
import type { SheetColumn } from '../platform/workbook/style';
import { writeUnit } from './units';
import { asNumber, asText, type RawCell } from '../platform/import/cells';
import { ROW_NUMBER, type ColumnSpec } from '../platform/import/headers';
import { defineKind, eachRowAlone, type StoredProblem } from '../platform/import/kind';

export const UNIT_COLUMNS: ColumnSpec[] = [
  ROW_NUMBER,
  { key: 'unit_code', field: 'unitCode', label: 'unit.unitCode', required: true,
    synonyms: ['kodeunit', 'kodeunitusaha', 'kodeusaha', 'kode', 'nounit', 'nounitusaha', 'idunit', 'code'] },
  { key: 'name', field: 'name', label: 'unit.name', required: true,
    synonyms: ['namausaha', 'namaunitusaha', 'namaunit', 'merek', 'merk', 'namaperusahaan', 'nama', 'brand'] },
  { key: 'owner_member_no', field: 'ownerMemberNo', label: 'unit.ownerMemberNo',
    synonyms: ['noanggotapemilik', 'nomoranggotapemilik', 'noanggota', 'nomoranggota', 'kodeanggota', 'idanggota'] },
  { key: 'owner_name', field: null, label: 'imports.ownerName', synonyms: ['pemilik', 'namapemilik', 'ownername'] },
  { key: 'nib', field: 'nib', label: 'unit.nib', synonyms: ['nib', 'nomorindukberusaha'] },
  { key: 'kbli', field: 'kbli', label: 'unit.kbli', synonyms: ['kbli', 'kodekbli'] },
  { key: 'address', field: 'address', label: 'unit.address', synonyms: ['alamat', 'alamatusaha', 'alamatlengkap', 'jalan', 'alamat*'] },
  { key: 'village', field: 'village', label: 'unit.village', synonyms: ['desa', 'kelurahan', 'desakelurahan', 'desakel', 'kel', 'village'] },
  { key: 'categories', field: 'categories', label: 'unit.categories',
    synonyms: ['jenisproduk', 'produk', 'komoditas', 'kategori', 'kategoriproduk', 'produkutama', 'jenisproduk*', 'categories'] },
  { key: 'workers', field: 'workers', label: 'unit.workers',
    synonyms: ['jumlahtenagakerja', 'tenagakerja', 'tk', 'jmltk', 'jumlahtk', 'karyawan', 'jumlahkaryawan', 'pekerja', 'jumlahpekerja', 'tenagakerja*', 'jumlahtenagakerja*'] },
  { key: 'monthly_capacity', field: 'monthlyCapacity', label: 'unit.monthlyCapacity',
    synonyms: ['kapasitas', 'kapasitasbulan', 'kapasitasproduksi', 'capacity', 'kapasitas*'] },
  { key: 'quality_grade', field: 'qualityGrade', label: 'unit.qualityGrade', synonyms: ['mutu', 'grade', 'kualitas', 'gradekualitas', 'grademutu'] },
  { key: 'active', field: 'isActive', label: 'unit.isActive', synonyms: ['aktif', 'status', 'statususaha', 'statusunit', 'aktiftidak'] },
  { key: 'offered_capacity', field: 'offeredCapacity', label: 'unit.offeredCapacity',
    synonyms: ['kapasitasditawarkan', 'kapasitasuntukkoperasi', 'kapasitaskoperasi', 'ditawarkan', 'offeredcapacity'] },
];

const YES = new Set(['ya', 'y', 'yes', '1', 'true', 'benar', 'aktif', 'active', 'iya', 'v']);
const NO = new Set(['tidak', 'n', 'no', '0', 'false', 'salah', 'tidakaktif', 'nonaktif', 'inactive', 'pasif', 'dormant', 'mati', 'tutup', 'tdk']);

/** Ya/tidak in the words people use; blank means active (a listed workshop usually works). */
function readActive(cell: RawCell): Checked<unknown> {
  if (typeof cell.value === 'boolean') return { ok: true, value: cell.value };
  const text = asText(cell);
  if (!text.ok) return text;
  if (text.value === null) return { ok: true, value: true };
  const folded = foldKey(text.value);
  if (YES.has(folded)) return { ok: true, value: true };
  if (NO.has(folded)) return { ok: true, value: false };
  return { ok: false, key: 'invalid.active' };
}

/** Workers and capacity: blank is 0, text numbers in Indonesian format are numbers. */
function readCount(cell: RawCell): Checked<unknown> {
  const number = asNumber(cell);
  return number.ok ? { ok: true, value: number.value ?? 0 } : number;
}

function readGrade(cell: RawCell): Checked<unknown> {
  const text = asText(cell);
  return text.ok && text.value !== null ? { ok: true, value: text.value.toUpperCase() } : text;
}

/** "Tas, Dompet", "tas; koper", "Tas dan Dompet", "bags/wallets": codes of the known categories. */
function categoriesReader(categories: ProductCategory[]) {
  const match = categoryMatcher(categories);
  const known = categories.map((c) => c.nameId).join(', ');
  return (cell: RawCell): Checked<unknown> => {
    const text = asText(cell);
    if (!text.ok) return text;
    if (text.value === null) return { ok: true, value: [] };
    const words = text.value.split(/[,;/&\n]|\s+dan\s+|\s+and\s+/i).map((w) => w.trim()).filter((w) => w !== '');
    const codes: string[] = [];
    for (const word of words) {
      const found = match(word);
      if (!found) return { ok: false, key: 'invalid.category', params: { value: word, known } };
      if (!codes.includes(found.code)) codes.push(found.code);
    }
    return { ok: true, value: codes };
  };
}

/** Category codes to the names the caller reads. */
function categoryNames(ctx: CallContext): (codes: string[]) => string {
  const names = new Map(listCategories(ctx.app.db).map((c) => [c.code, ctx.locale === 'en' ? c.nameEn : c.nameId]));
  return (codes) => codes.map((code) => names.get(code) ?? code).join(', ');
}

/** The unit list's columns, shared by the list's export and the registry report (which picks its own). */
export function unitExportColumns(ctx: CallContext): SheetColumn<Unit>[] {
  const { t } = ctx;
  const namesOf = categoryNames(ctx);
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
    { key: 'categories', header: t('unit.categories'), width: 24, kind: 'text', value: (u) => namesOf(u.categories) || null },
    { key: 'workers', header: t('unit.workers'), width: 11, kind: 'number', value: (u) => u.workers, total: 'sum' },
    { key: 'monthly_capacity', header: t('unit.monthlyCapacity'), width: 14, kind: 'number', value: (u) => u.monthlyCapacity, total: 'sum' },
    { key: 'quality_grade', header: t('unit.qualityGrade'), width: 7, kind: 'text', value: (u) => u.qualityGrade, choices: [...QUALITY_GRADES] },
    { key: 'active', header: t('unit.isActive'), width: 8, kind: 'text', value: (u) => (u.isActive ? yes : no), choices: [yes, no] },
    // Blank: the workshop offers all of its capacity.
    { key: 'offered_capacity', header: t('unit.offeredCapacity'), width: 14, kind: 'number', value: (u) => u.offeredCapacity },
  ];
}

/** Business units; categories are matched against the centre's own list, owners against the members. */
export const unitKind = defineKind<UnitValues, UnitValues, Unit>({
  kind: 'units',
  specs: UNIT_COLUMNS,
  fileWord: 'unit-usaha',
  rules: (ctx) => {
    const namesOf = categoryNames(ctx);
    return {
      specs: UNIT_COLUMNS,
      identityKeys: ['unit_code'],
      readers: {
        unit_code: asText, name: asText, owner_member_no: asText, nib: asText, kbli: asText, address: asText, village: asText,
        categories: categoriesReader(listCategories(ctx.app.db)),
        workers: readCount, monthly_capacity: readCount, quality_grade: readGrade, active: readActive,
        // Blank is all of its capacity (null), not 0.
        offered_capacity: asNumber,
      },
      schema: unitInput,
      display: (u) => ({
        unit_code: u.unitCode, name: u.name, owner_member_no: u.ownerMemberNo, nib: u.nib, kbli: u.kbli, address: u.address,
        village: u.village, categories: namesOf(u.categories), workers: u.workers, monthly_capacity: u.monthlyCapacity,
        quality_grade: u.qualityGrade, active: u.isActive, offered_capacity: u.offeredCapacity,
      }),
    };
  },
  assemble: eachRowAlone,
  stored(ctx, rows) {
    const members = memberNumbersInUse(ctx.app.db);
    const units = unitCodesInUse(ctx.app.db);
    const problems: StoredProblem[] = [];
    for (const row of rows) {
      if (row.identity !== null && units.has(row.identity.toUpperCase())) {
        problems.push({ row: row.row, key: 'unit_code', message: ctx.t('invalid.duplicateStored', { value: row.identity }) });
      }
      const owner = row.text.owner_member_no;
      if (owner && !members.has(owner.toUpperCase())) {
        problems.push({ row: row.row, key: 'owner_member_no', message: ctx.t('invalid.unknownOwner', { value: owner }) });
      }
    }
    return problems;
  },
  write: (ctx, values) => void writeUnit(ctx, values),
  update: { current: (ctx) => listUnits(ctx.app.db), write: (ctx, values) => void writeUnit(ctx, values) },
  exporter: {
    rows: (ctx) => listUnits(ctx.app.db),
    frozenColumns: 3,
    columns: unitExportColumns,
    instruction: (ctx, row) => ctx.t('imports.instruction.units', {
      row,
      required: [ctx.t('unit.unitCode'), ctx.t('unit.name')].join(', '),
      categories: listCategories(ctx.app.db).map((c) => (ctx.locale === 'en' ? c.nameEn : c.nameId)).join(', '),
    }),
  },
});
