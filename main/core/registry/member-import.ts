import { formatDateId } from '../../../shared/dates';
import { MEMBER_STATUSES, memberInput, type Member, type MemberValues } from '../../../shared/domain/member';
import { listMembers, memberNumbersInUse } from './member-queries';
import type { CallContext } from '../platform/app';
import { excelDate, type SheetColumn } from '../platform/workbook/style';
import { memberImportProblems } from './member-checks';
import { writeMember } from './members';
import { asDate, asNik, asText } from '../platform/import/cells';
import { ROW_NUMBER, type ColumnSpec } from '../platform/import/headers';
import { defineKind, eachRowAlone } from '../platform/import/kind';
import { fromWords } from '../platform/import/readers';

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

const STATUS_WORDS: Record<string, MemberValues['status']> = {
  aktif: 'aktif', active: 'aktif', a: 'aktif',
  nonaktif: 'non-aktif', tidakaktif: 'non-aktif', inactive: 'non-aktif', nonactive: 'non-aktif', pasif: 'non-aktif', na: 'non-aktif',
  keluar: 'keluar', berhenti: 'keluar', left: 'keluar', mengundurkandiri: 'keluar', out: 'keluar',
};

const GENDER_WORDS: Record<string, 'L' | 'P'> = {
  l: 'L', lk: 'L', lakilaki: 'L', laki: 'L', pria: 'L', male: 'L', m: 'L',
  p: 'P', pr: 'P', perempuan: 'P', wanita: 'P', female: 'P', f: 'P', w: 'P',
};

/** The member list's columns, shared by the list's export and the registry report (which picks its own). */
export function memberExportColumns({ t }: CallContext): SheetColumn<Member>[] {
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

/** The cooperative's member list: status defaults to aktif, gender accepts L/P and the words. */
export const memberKind = defineKind<MemberValues, MemberValues, Member>({
  kind: 'members',
  specs: MEMBER_COLUMNS,
  fileWord: 'anggota',
  rules: () => ({
    specs: MEMBER_COLUMNS,
    identityKeys: ['member_no'],
    readers: {
      member_no: asText,
      name: asText,
      nik: asNik,
      phone: asText,
      gender: fromWords(GENDER_WORDS, null),
      address: asText,
      village: asText,
      district: asText,
      regency: asText,
      joined_on: asDate,
      status: fromWords(STATUS_WORDS, 'aktif'),
    },
    schema: memberInput,
    display: (m) => ({
      member_no: m.memberNo,
      name: m.name,
      nik: m.nik,
      phone: m.phone,
      gender: m.gender,
      address: m.address,
      village: m.village,
      district: m.district,
      regency: m.regency,
      joined_on: m.joinedOn ? formatDateId(m.joinedOn) : null,
      status: m.status,
    }),
  }),
  assemble: eachRowAlone,
  stored(ctx, rows) {
    const inUse = memberNumbersInUse(ctx.app.db);
    return rows
      .filter((row) => row.identity !== null && inUse.has(row.identity.toUpperCase()))
      .map((row) => ({ row: row.row, key: 'member_no', message: ctx.t('invalid.duplicateStored', { value: row.identity }) }))
      .concat(memberImportProblems(ctx, rows));
  },
  write: (ctx, values) => void writeMember(ctx, values),
  update: { current: (ctx) => listMembers(ctx.app.db), write: (ctx, values) => void writeMember(ctx, values) },
  exporter: {
    rows: (ctx) => listMembers(ctx.app.db),
    frozenColumns: 3,
    columns: memberExportColumns,
    instruction: ({ t }, row) => t('imports.instruction.members', {
      row,
      required: [t('member.memberNo'), t('member.name')].join(', '),
      statuses: MEMBER_STATUSES.map((s) => t(`status.${s}`)).join(', '),
    }),
  },
});
