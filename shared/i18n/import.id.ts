/** Words of the importers and workbooks (owned by the Excel work). Bahasa Indonesia. */
export const importId = {
  sheet: { members: 'Anggota', units: 'Unit Usaha' },
  title: { members: 'Daftar Anggota Koperasi', units: 'Daftar Unit Usaha' },
  templateTitle: { members: 'Templat Impor Anggota Koperasi', units: 'Templat Impor Unit Usaha' },
  asOf: 'Keadaan per {{date}}',
  rowNumber: 'No.',
  ownerName: 'Pemilik',
  total: 'Jumlah',
  printed: 'Dicetak {{date}}',
  page: 'Halaman &P / &N',
  instruction: {
    members:
      'Petunjuk: satu anggota per baris, mulai baris {{row}}. Wajib: {{required}}. NIK KTP (16 digit) dan No. HP diketik sebagai teks; tanggal hh/bb/tttt; status: {{statuses}}.',
    units:
      'Petunjuk: satu unit usaha per baris, mulai baris {{row}}. Wajib: {{required}}. No. Anggota Pemilik boleh kosong. Jenis produk dipisah koma: {{categories}}. Aktif: ya/tidak.',
  },
};
