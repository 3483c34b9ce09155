/** Copy from the grids and paste into the line editors, like a spreadsheet (issue 13). */
export const clipboardId = {
  copy: 'Salin',
  copyWithHeaders: 'Salin dengan judul kolom',
  menu: 'Menu salin tabel',
  pasted_one: '{{count}} baris ditempel. Belum ada yang disimpan: periksa lalu tekan Simpan.',
  pasted_other: '{{count}} baris ditempel. Belum ada yang disimpan: periksa lalu tekan Simpan.',
  headerRow: 'Baris pertama dibaca sebagai judul kolom.',
  ignored: 'Kolom yang tidak dipakai: {{columns}}.',
  columnNo: 'kolom {{number}}',
  problems_one: '{{count}} sel perlu diperbaiki:',
  problems_other: '{{count}} sel perlu diperbaiki:',
  problem: 'baris {{row}}, {{column}}: {{message}}',
  dismiss: 'Tutup',
  unmatched: 'Tidak ada di antara baris yang siap dikirim, tidak dipakai: {{rows}}.',
};
