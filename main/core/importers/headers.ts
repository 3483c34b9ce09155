import type { ImportKind } from '../../../shared/api/files';
import { translator } from '../../../shared/i18n';
import { foldKey } from '../../../shared/normalize';

/**
 * A column the importer understands. `key` is the contract (`member_no`, `workers`, …); `field`
 * is the record field it fills, or null for columns that are recognised only to be left alone
 * (the row number, the owner's name next to the owner's number). `label` is the i18n key of the
 * header the workbooks write. A synonym ending in `*` also matches headers that start with it
 * ("Kapasitas Produksi (pcs/bulan)", "Jumlah Tenaga Kerja (orang)").
 */
export interface ColumnSpec {
  key: string;
  field: string | null;
  label: string;
  required?: boolean;
  synonyms: string[];
}

const ROW_NUMBER: ColumnSpec = {
  key: 'row_number', field: null, label: 'imports.rowNumber', synonyms: ['no', 'nourut', 'nomor', 'nomorurut', 'urut', 'nmr'],
};

// Synonyms are the headers seen in cooperative files (DOMAIN.md §5), already folded.
export const MEMBER_COLUMNS: ColumnSpec[] = [
  ROW_NUMBER,
  { key: 'member_no', field: 'memberNo', label: 'member.memberNo', required: true,
    synonyms: ['noanggota', 'nomoranggota', 'kodeanggota', 'idanggota', 'noinduk', 'nomorinduk', 'nomorindukkoperasi', 'noindukkoperasi', 'nia', 'noreg', 'noregistrasi', 'membernumber'] },
  { key: 'name', field: 'name', label: 'member.name', required: true,
    synonyms: ['nama', 'namaanggota', 'namalengkap', 'namapemilik', 'namaanggotapemilik', 'membername', 'fullname'] },
  { key: 'nik', field: 'nik', label: 'member.nik',
    synonyms: ['nik', 'nikktp', 'noktp', 'nomorktp', 'nomorindukkependudukan', 'ktp', 'niknoktp'] },
  { key: 'phone', field: 'phone', label: 'member.phone',
    synonyms: ['nohp', 'hp', 'notelp', 'telp', 'telepon', 'notelepon', 'nomortelepon', 'nomorhp', 'nowa', 'wa', 'whatsapp', 'phone', 'nohp*', 'notelp*', 'telepon*', 'nomorhp*'] },
  { key: 'gender', field: 'gender', label: 'member.gender',
    synonyms: ['jeniskelamin', 'lp', 'jk', 'kelamin', 'sex', 'gender'] },
  { key: 'address', field: 'address', label: 'member.address', synonyms: ['alamat', 'alamatlengkap', 'jalan', 'alamat*'] },
  { key: 'village', field: 'village', label: 'member.village', synonyms: ['desa', 'kelurahan', 'desakelurahan', 'desakel', 'kel', 'village'] },
  { key: 'district', field: 'district', label: 'member.district', synonyms: ['kecamatan', 'kec'] },
  { key: 'regency', field: 'regency', label: 'member.regency', synonyms: ['kabupaten', 'kab', 'kota', 'kabupatenkota', 'kabkota', 'regency', 'city'] },
  { key: 'joined_on', field: 'joinedOn', label: 'member.joinedOn',
    synonyms: ['tanggalmasuk', 'tglmasuk', 'tanggalbergabung', 'tglbergabung', 'mulaianggota', 'tanggalmasukanggota', 'tmtanggota', 'joined', 'tanggalmasuk*', 'tglmasuk*'] },
  { key: 'status', field: 'status', label: 'member.status', synonyms: ['status', 'statusanggota', 'keterangan', 'ket'] },
];

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
];

interface Matcher {
  exact: Map<string, { spec: ColumnSpec; rank: number }>;
  prefixes: { stem: string; spec: ColumnSpec }[];
}

/** The raw key and the labels in both languages are accepted too: a workbook we wrote comes back. */
function buildMatcher(specs: ColumnSpec[]): Matcher {
  const id = translator('id');
  const en = translator('en');
  const exact = new Map<string, { spec: ColumnSpec; rank: number }>();
  const prefixes: { stem: string; spec: ColumnSpec }[] = [];
  for (const spec of specs) {
    const words = [foldKey(id(spec.label)), foldKey(en(spec.label)), foldKey(spec.key), ...spec.synonyms];
    words.forEach((word, rank) => {
      if (word.endsWith('*')) {
        prefixes.push({ stem: word.slice(0, -1), spec });
        return;
      }
      const known = exact.get(word);
      // A word meaning two columns would make header detection depend on table order.
      if (known && known.spec !== spec) throw new Error(`Header "${word}" means both ${known.spec.key} and ${spec.key}`);
      if (!known) exact.set(word, { spec, rank });
    });
  }
  prefixes.sort((a, b) => b.stem.length - a.stem.length);
  return { exact, prefixes };
}

const matchers = new Map<ImportKind, Matcher>([
  ['members', buildMatcher(MEMBER_COLUMNS)],
  ['units', buildMatcher(UNIT_COLUMNS)],
]);

export function columnSpecs(kind: ImportKind): ColumnSpec[] {
  return kind === 'members' ? MEMBER_COLUMNS : UNIT_COLUMNS;
}

/**
 * Which column a header means, and how surely: an exact word ranks above a prefix, an earlier
 * synonym above a later one (so "Status" beats "Keterangan" when a file has both).
 */
export function matchHeader(kind: ImportKind, text: string): { spec: ColumnSpec; score: number } | null {
  const matcher = matchers.get(kind);
  const folded = foldKey(text);
  if (!matcher || folded === '') return null;
  const hit = matcher.exact.get(folded);
  if (hit) return { spec: hit.spec, score: 1000 - hit.rank };
  const prefix = matcher.prefixes.find((p) => folded.startsWith(p.stem));
  return prefix ? { spec: prefix.spec, score: prefix.stem.length } : null;
}

/** Words that label a totals row at the bottom of a list ("Jumlah", "Total", "Grand Total"). */
export function isTotalsLabel(text: string): boolean {
  const folded = foldKey(text);
  return /^(jumlah|total|grandtotal|subtotal|totalkeseluruhan)/.test(folded) || folded === 'jml';
}
