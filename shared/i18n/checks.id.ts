/**
 * Absurd input stopped at the door: values no workshop, order or register can hold (refused,
 * naming the field) and unusual ones the user confirms. Messages under `checks.` are translated
 * like `invalid.` ones wherever a zod issue carries them. Also the production calendar's offer of
 * the national holidays to a centre that has not got them.
 */
export const checksId = {
  capacityPerWorker:
    'kapasitas {{capacity, number}} pcs/bulan untuk {{workers, number}} tenaga kerja = {{perWorker, number}} pcs per orang sebulan; paling banyak {{maximum, number}} (ikat pinggang pun tidak lebih). Periksa kapasitas atau jumlah tenaga kerja',
  capacityWithoutWorkers: 'kapasitas {{capacity, number}} pcs/bulan tanpa tenaga kerja: isi jumlah tenaga kerja unit ini',
  joinedInFuture: 'tanggal masuk {{date}} belum tiba (hari ini {{today}}): anggota dicatat setelah bergabung',
  nikTaken: 'NIK KTP {{nik}} sudah dipakai anggota {{memberNo}} ({{name}}): satu orang, satu keanggotaan',
  nikInFile: 'NIK KTP {{nik}} sudah ada di baris {{row}} berkas ini',
  deliveredInFuture: 'tanggal setor {{date}} belum tiba (hari ini {{today}}): setoran dicatat setelah barang diterima',
  qtyBeyondYear:
    'jumlah {{qty, number}} pcs melebihi yang dibuat seluruh sentra dalam setahun ({{yearly, number}} pcs: kapasitas {{units, number}} unit aktif × 12 bulan)',
  qtyLarge: 'jumlah {{qty, number}} pcs = kapasitas seluruh sentra selama {{months, number(maximumFractionDigits: 1)}} bulan ({{monthly, number}} pcs/bulan)',
  zeroPrice: 'harga satuan 0: baris ini diberikan gratis (contoh barang, pengganti barang cacat)',
  importCannotConfirm: '{{warning}}; impor tidak dapat meminta konfirmasi: catat pesanan ini lewat formulir Pesanan',
  needsConfirm: 'Periksa sebelum menyimpan: {{warnings}}. Simpan bila memang benar.',
  confirm: {
    title: 'Periksa sebelum menyimpan',
    lead: 'Nilai berikut tidak biasa. Bila memang benar, simpan; bila tidak, perbaiki dulu.',
    save: 'Ya, simpan',
    back: 'Perbaiki dulu',
    line: 'Baris {{line}}',
  },
  calendar: {
    national: 'Isi libur nasional',
    year: 'Tahun',
    allYears: 'Semua tahun',
    nationalHint: 'Libur nasional, cuti bersama, libur Lebaran dan jam kerja Ramadan menurut SKB 3 Menteri; yang sudah ada tidak diubah',
    nationalAdded: '{{added, number}} periode libur nasional {{from}}–{{to}} ditambahkan; {{kept, number}} sudah ada.',
    nationalNone: 'Semua libur nasional {{from}}–{{to}} sudah ada di kalender.',
  },
};
