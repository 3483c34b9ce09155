/** The daily backup on the screens: the notice when it failed, the last good one. Bahasa Indonesia. */
export const backupId = {
  failedTitle: 'Cadangan harian basis data gagal dibuat',
  failedAt: 'Percobaan terakhir: {{when}}.',
  lastGood: 'Cadangan terakhir yang berhasil: {{when}}.',
  noneYet: 'Belum pernah ada cadangan yang berhasil.',
  reason: {
    'disk-full': 'Disk penuh: tidak ada ruang untuk salinan basis data. Hapus berkas yang tidak perlu atau pindahkan cadangan lama ke disk lain.',
    'not-writable': 'Folder cadangan {{folder}} tidak dapat ditulis (tidak ada izin, hanya-baca, atau ada berkas bernama sama). Periksa folder itu.',
    damaged: 'Salinan basis data tidak lolos pemeriksaan: basis data mungkin rusak. Jangan hapus cadangan lama; hubungi yang membantu Anda.',
    other: 'Salinan basis data tidak dapat dibuat.',
  },
  retry: 'Cadangan dicoba lagi setiap kali Sentra Planner dibuka; pemberitahuan ini hilang setelah cadangan berhasil.',
  details: 'Rincian teknis: {{message}}',
  sideLast: 'Cadangan terakhir: {{when}}',
  sideNone: 'Belum ada cadangan',
  sideFailed: 'Cadangan terakhir gagal',
};
