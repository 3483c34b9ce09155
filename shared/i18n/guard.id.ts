/** Refusals at the boundary: unsafe text, numbers past any real bound, busy database, oversized imports. */
export const guardId = {
  busy: 'Data sedang dipakai proses lain (mis. impor atau perencanaan yang sedang berjalan); coba lagi sebentar lagi.',
  unsafeCharacter:
    'berisi karakter yang tidak dapat disimpan di berkas Excel ({{codePoint}}, karakter ke-{{position}}); hapus karakter itu atau ketik ulang teksnya',
  aboveMaximum: 'angka terlalu besar: paling banyak {{maximum, number}}',
  moreIssues: 'dan {{count, number}} masalah lain',
  belowMinimum: 'terlalu kecil: paling sedikit {{minimum, number(maximumFractionDigits: 4)}}',
  tooManyItems: 'terlalu banyak: paling banyak {{maximum, number}} butir',
  tooDeep: 'isian bertingkat terlalu dalam',
  importTooManyRows:
    'Lembar "{{sheet}}" berisi lebih dari {{max, number}} baris data, batas satu berkas impor. Bagi datanya menjadi beberapa berkas (mis. per tahun atau per desa) lalu impor satu per satu.',
  importCellTooLongAt: 'Sel {{cell}} (kolom "{{column}}") berisi lebih dari {{max, number}} karakter, batas satu sel Excel: "{{excerpt}}".',
  importCellTooLong: 'Berkas {{file}} berisi teks lebih dari {{max, number}} karakter dalam satu sel, batas satu sel Excel; berkas ini tidak dibuat oleh Excel.',
  importTagTooLong: 'Berkas {{file}} tidak dapat dibaca: bagian {{part}} rusak atau dibuat tidak wajar.',
  importTooBig: 'Berkas {{file}} berisi lebih dari {{megabytes, number}} MB data setelah dibuka, jauh di atas daftar sentra mana pun; bagi menjadi beberapa berkas.',
  importOutOfMemory: 'Berkas {{file}} terlalu besar untuk dibaca sekaligus; bagi menjadi beberapa berkas yang lebih kecil lalu impor satu per satu.',
  importsBusy: 'Sudah ada {{count}} berkas impor yang sedang dibaca; tunggu sampai selesai lalu coba lagi.',
};
