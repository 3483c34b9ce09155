/** Backups, restore and the integrity check of a centre file. */
export const maintenanceId = {
  /** Why a file is not a centre this release can open or restore (NOT_A_CENTRE details.test). */
  test: {
    empty: 'berkasnya kosong (0 byte)',
    'not-sqlite': 'berkasnya bukan database SQLite',
    'no-schema': 'database ini tidak punya riwayat migrasi Sentra (database kosong atau milik program lain)',
    newer: 'dibuat oleh Sentra Planner yang lebih baru (skema {{version}}); pakai versi aplikasi yang lebih baru',
    'unknown-migration': 'mencatat migrasi {{version}} yang tidak dikenal aplikasi ini',
    checksum: 'migrasi {{version}} yang tercatat berbeda dengan milik aplikasi ini',
    integrity: 'pemeriksaan keutuhan SQLite gagal ({{integrity}})',
    'foreign-keys': '{{count}} baris merujuk ke data yang tidak ada (pemeriksaan kunci asing)',
    'no-centre': 'data sentra (nama sentra dan koperasi) belum tercatat di dalamnya',
  },
  notACentre: '{{path}} bukan data sentra Sentra Planner: {{reason}}.',
  inUse: '{{path}} sedang dibuka oleh Sentra Planner atau program lain. Tutup aplikasinya dulu, lalu ulangi.',
  notFound: 'Tidak ada berkas {{path}}.',
  missingOption: 'Opsi {{option}} wajib diisi.',
  sameFile: 'Sentra tidak dapat dipulihkan dari berkasnya sendiri.',
  checkOk: 'OK: {{path}} utuh (skema {{version}}).',
  checkFailed: 'TIDAK LOLOS: {{message}}',
  pendingNote: 'Skema {{version}} dari versi lama: {{count}} migrasi dijalankan saat berkas ini dibuka berikutnya (setelah dicadangkan).',
  backupWritten: 'Cadangan ditulis ke {{out}} dan sudah diperiksa.',
  restored: '{{path}} dipulihkan dari {{from}}.',
  replacedKept: 'Data sentra yang diganti disimpan di {{path}}.',
};
