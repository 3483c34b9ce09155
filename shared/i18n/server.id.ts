/** Browser mode's answers at the HTTP door, before a call reaches the handler table. */
export const serverId = {
  badUrl: 'Alamat permintaan tidak valid (urutan % yang rusak).',
  missingHost: 'Permintaan tanpa header Host ditolak.',
  wrongHost: 'Host tidak dikenal.',
  foreignOrigin: 'Permintaan dari situs lain ditolak.',
  postOnly: 'Perintah hanya diterima lewat POST.',
  getOnly: 'Hanya GET atau HEAD.',
  notFound: 'Tidak ditemukan.',
  unauthorized: 'Token akses tidak ada atau salah; buka aplikasi lagi dari alamat yang ditampilkan saat dijalankan.',
  unsupportedType: 'Isi permintaan harus JSON (Content-Type: application/json).',
  tooLarge: 'Isi permintaan lebih dari {{limit}} MB; batasnya {{limit}} MB.',
  badJson: 'Isi permintaan bukan JSON yang valid.',
  internal: 'Terjadi kesalahan di server; rinciannya dicatat di log.',
};
