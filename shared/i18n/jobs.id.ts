/** Long work watched from a screen: a report being written, its progress and its cancel. */
export const jobsId = {
  writing: 'Menyusun laporan…',
  writingRows: 'Menyusun laporan… {{done}} dari {{total}} baris ({{pct}} %)',
  cancel: 'Batalkan',
  cancelled: 'Penyusunan laporan dibatalkan; tidak ada berkas yang dibuat.',
  errors: {
    unknown: 'Pekerjaan {{jobId}} tidak dikenal atau sudah selesai diambil.',
    notDone: 'Laporan belum selesai disusun.',
    stopped: 'Penyusun laporan berhenti tanpa hasil (kode {{code}}).',
    importStopped: 'Pembacaan berkas impor berhenti tanpa hasil (kode {{code}}); tidak ada yang disimpan.',
  },
};
