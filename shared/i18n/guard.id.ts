/** Refusals at the boundary: unsafe text, numbers past any real bound, busy database, oversized imports. */
export const guardId = {
  busy: 'Data sedang dipakai proses lain (mis. impor atau perencanaan yang sedang berjalan); coba lagi sebentar lagi.',
  unsafeCharacter:
    'berisi karakter yang tidak dapat disimpan di berkas Excel ({{codePoint}}, karakter ke-{{position}}); hapus karakter itu atau ketik ulang teksnya',
  aboveMaximum: 'angka terlalu besar: paling banyak {{maximum, number}}',
  tooDeep: 'isian bertingkat terlalu dalam',
};
