/** The desktop shell: start-up errors, save and print dialogs. */
export const shellId = {
  startFailed: 'Sentra Planner tidak dapat dibuka.',
  alreadyOpen:
    'Basis data {{path}} sedang dipakai proses lain: Sentra Planner yang sudah terbuka, atau perintah sentra (impor, cadangan, pemulihan) yang masih berjalan. Tutup proses itu, lalu buka Sentra Planner lagi.',
  cannotOpen: 'Basis data {{path}} tidak dapat dibuka. Periksa bahwa berkas itu ada di disk komputer ini dan tidak rusak; bila rusak, pulihkan dari cadangan.',
  networkShare:
    'Basis data {{path}} berada di folder jaringan (drive bersama). SQLite tidak aman di sana dan data bisa rusak. Simpan berkas itu di disk komputer ini; untuk beberapa meja, satu komputer menyimpan basis data dan yang lain membukanya lewat mode kantor.',
  damaged:
    'Basis data {{path}} rusak. Jangan menimpanya: tutup Sentra Planner, lalu pulihkan cadangan terakhir dari folder {{backups}} (perintah sentra restore) atau minta bantuan.',
  newer: 'Basis data {{path}} dibuat oleh Sentra Planner versi yang lebih baru. Pasang versi terbaru, lalu buka lagi; berkas itu tidak diubah.',
  refused:
    'Riwayat pembaruan basis data {{path}} tidak cocok dengan versi Sentra Planner ini, sehingga pembaruannya ditolak; berkas itu tidak diubah. Buka dengan versi yang membuatnya, atau pulihkan cadangan dari folder {{backups}}.',
  notACentre: 'Berkas {{path}} bukan basis data Sentra Planner. Pilih berkas sentra yang benar; berkas itu tidak diubah.',
  backupBeforeUpdate:
    'Sebelum memperbarui basis data {{path}} untuk versi ini, Sentra Planner membuat cadangannya di folder {{backups}}, tetapi folder itu tidak dapat ditulis; basis data tidak diubah. Periksa folder itu (izin, hanya-baca, atau ada berkas bernama sama), lalu buka lagi.',
  diskFull: 'Disk tempat basis data {{path}} penuh. Kosongkan ruang (hapus berkas yang tidak perlu, atau pindahkan cadangan lama dari {{backups}} ke disk lain), lalu buka lagi.',
  cause: 'Rincian: {{message}}',
  excelFiles: 'Buku kerja Excel',
  pdfFiles: 'Dokumen PDF',
  saveFailed: 'Berkas {{path}} tidak dapat disimpan; berkas lama (bila ada) tidak berubah. Jika berkas itu sedang terbuka di Excel atau pembaca PDF, tutup dulu lalu simpan lagi.',
  printFailed: 'Halaman tidak dapat dicetak ke PDF.',
  untrustedSender: 'Permintaan ditolak: tidak datang dari layar Sentra Planner.',
};
