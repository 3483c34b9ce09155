/** The desktop shell: start-up errors, save and print dialogs. */
export const shellId = {
  startFailed: 'Sentra Planner tidak dapat dibuka.',
  alreadyOpen:
    'Basis data {{path}} sedang dipakai proses lain: Sentra Planner yang sudah terbuka, atau perintah sentra (impor, cadangan, pemulihan) yang masih berjalan. Tutup proses itu, lalu buka Sentra Planner lagi.',
  cannotOpen: 'Basis data {{path}} tidak dapat dibuka. Periksa bahwa berkas itu ada di disk komputer ini dan tidak rusak; bila rusak, pulihkan dari cadangan.',
  cause: 'Rincian: {{message}}',
  excelFiles: 'Buku kerja Excel',
  pdfFiles: 'Dokumen PDF',
  saveFailed: 'Berkas {{path}} tidak dapat disimpan; berkas lama (bila ada) tidak berubah. Jika berkas itu sedang terbuka di Excel atau pembaca PDF, tutup dulu lalu simpan lagi.',
  printFailed: 'Halaman tidak dapat dicetak ke PDF.',
  untrustedSender: 'Permintaan ditolak: tidak datang dari layar Sentra Planner.',
};
