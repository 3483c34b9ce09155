import { importId } from './import.id';
import { uiId } from './ui.id';
import type { Widen } from './widen';

/** Bahasa Indonesia: the default language of every screen, workbook and printed page. */
export const id = {
  app: { name: 'Sentra Planner', tagline: 'Perencana rantai pasok sentra IKM' },
  invalid: {
    required: 'wajib diisi',
    tooLong: 'terlalu panjang',
    tooLarge: 'angka terlalu besar',
    date: 'bukan tanggal yang benar (tulis hh/bb/tttt, mis. 17/08/2024)',
    nikDigits: 'NIK KTP hanya boleh berisi angka',
    nikLength: 'NIK KTP harus 16 digit, di sini {{count}} digit',
    nikAsNumber: 'NIK KTP tersimpan sebagai angka di Excel sehingga digit terakhirnya hilang; format kolom sebagai Teks dan ketik ulang',
    phoneChars: 'nomor HP hanya boleh berisi angka, spasi, tanda + atau -',
    phoneStart: 'nomor HP harus diawali 08 atau +62',
    phoneLength: 'nomor HP harus 9–14 digit, di sini {{count}} digit',
    notNumber: 'harus berupa angka',
    notWhole: 'harus bilangan bulat',
    negative: 'tidak boleh negatif',
    memberStatus: 'status harus aktif, non-aktif atau keluar',
    gender: 'jenis kelamin harus L atau P',
    grade: 'mutu harus A, B atau C',
    active: 'isi aktif atau tidak aktif (ya/tidak)',
    nib: 'NIB harus 13 digit',
    kbli: 'KBLI harus 5 digit',
    category: 'jenis produk "{{value}}" tidak dikenal; pilih dari: {{known}}',
    duplicateInFile: 'nomor {{value}} sudah dipakai di baris {{row}} berkas ini',
    duplicateStored: 'nomor {{value}} sudah terdaftar',
    unknownOwner: 'pemilik dengan No. Anggota {{value}} tidak ditemukan',
    wrongType: 'isian tidak sesuai',
    cellError: 'sel berisi galat Excel {{value}}; perbaiki rumusnya atau ketik nilainya',
  },
  errors: {
    notFound: 'Data tidak ditemukan.',
    memberHasUnits: 'Anggota {{name}} masih memiliki {{count}} unit usaha: {{units}}. Lepaskan unit tersebut dari pemiliknya terlebih dahulu.',
    duplicateMemberNo: 'No. Anggota {{value}} sudah dipakai oleh {{name}}.',
    duplicateUnitCode: 'Kode unit {{value}} sudah dipakai oleh {{name}}.',
    unknownOwner: 'Pemilik dengan No. Anggota {{value}} tidak ditemukan.',
    importUnreadable: 'Berkas {{file}} tidak dapat dibaca sebagai buku kerja Excel (.xlsx).',
    importEmpty: 'Berkas {{file}} tidak berisi lembar kerja dengan data.',
    importNoHeader: 'Tidak ditemukan baris judul kolom di lembar "{{sheet}}". Kolom yang dicari, misalnya: {{expected}}.',
    importMissingColumn: 'Kolom wajib "{{column}}" tidak ada di baris judul (baris {{row}}).',
    importInvalidRows: '{{count}} baris bermasalah; tidak ada yang disimpan.',
    importExpired: 'Pratinjau impor sudah kedaluwarsa; pilih berkasnya lagi.',
    notEmpty: 'Basis data ini sudah berisi data sentra; demo hanya dimuat ke basis data kosong.',
    invalidInput: 'Isian tidak valid: {{issues}}',
    unknownCall: 'Perintah {{name}} tidak dikenal.',
    internal: 'Terjadi kesalahan di aplikasi: {{message}}',
  },
  member: {
    memberNo: 'No. Anggota', name: 'Nama Anggota', nik: 'NIK KTP', phone: 'No. HP', gender: 'Jenis Kelamin',
    address: 'Alamat', village: 'Desa/Kelurahan', district: 'Kecamatan', regency: 'Kabupaten/Kota',
    joinedOn: 'Tanggal Masuk', status: 'Status', statusFrom: 'Status Sejak', unitCount: 'Unit Usaha', workers: 'Tenaga Kerja',
  },
  unit: {
    unitCode: 'Kode Unit', name: 'Nama Usaha', ownerMemberNo: 'No. Anggota Pemilik', ownerName: 'Pemilik', nib: 'NIB', kbli: 'KBLI',
    address: 'Alamat', village: 'Desa/Kelurahan', categories: 'Jenis Produk', workers: 'Tenaga Kerja',
    monthlyCapacity: 'Kapasitas (pcs/bulan)', qualityGrade: 'Mutu', isActive: 'Aktif', stateFrom: 'Berlaku Sejak',
  },
  status: { aktif: 'aktif', 'non-aktif': 'non-aktif', keluar: 'keluar' },
  yesNo: { yes: 'ya', no: 'tidak' },
  ui: uiId,
  imports: importId,
};

export type Messages = Widen<typeof id>;
