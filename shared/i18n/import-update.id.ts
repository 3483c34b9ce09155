/** Words of import as update and of the error workbook (issue 13). Bahasa Indonesia. */
export const importUpdateId = {
  keyChanged: 'kode {{value}} ditulis lain dari yang tersimpan ({{stored}}): kode tidak dapat diubah lewat impor',
  keyReplaced: 'baris ini sama dengan {{stored}} kecuali kodenya ({{value}}): kode tidak dapat diubah lewat impor; tulis kembali {{stored}} atau tambahkan sebagai data baru lewat formulir',
  notForKind: '{{kind}} tidak dapat diperbarui dari berkas: daftar ini hanya bisa ditambah (tanpa --update)',
  errorsOut: {
    reason: 'Masalah',
    row: 'baris {{row}}',
    fileWord: 'daftar-error',
    unreadable: 'berkas asal tidak dapat dibaca lagi untuk daftar error',
  },
  screen: {
    mode: 'Perbarui baris yang sudah ada',
    modeHint: 'Baris dengan kode yang sudah tersimpan memperbarui data itu; tanpa pilihan ini kode yang sudah ada ditolak.',
    newRows: 'Baru',
    changedRows: 'Berubah',
    unchangedRows: 'Tidak berubah',
    errorRows: 'Error',
    changeColumn: 'Perubahan (lama → baru)',
    changes: 'Sel yang berubah',
    state: { new: 'baru', changed: 'berubah', unchanged: 'tidak berubah' },
    change: '{{column}}: {{before}} → {{after}}',
    blank: '(kosong)',
    downloadErrorsCut: 'Daftar ini memuat {{shown}} masalah pertama dari {{count}}; daftar lengkap dapat diunduh setelah menyimpan yang valid saja.',
    downloadErrors: 'Unduh daftar error (Excel)',
    doneUpdate: '{{imported}} baris baru disimpan, {{updated}} diperbarui, {{unchanged}} tidak berubah.',
  },
};
