/** Words of an orders file imported as update (issue 13). Bahasa Indonesia. */
export const orderUpdateId = {
  lineAdded: 'baris baru {{sku}} ({{qty}} pcs)',
  lineRemoved: 'baris dihapus ({{qty}} pcs)',
  locked: 'pesanan {{order}} berstatus {{status}}: tidak bisa diubah lagi, baik lewat formulir maupun lewat berkas',
  lineInUse: 'baris {{sku}} pesanan {{order}} sudah punya SPK atau pengiriman: tidak bisa dihapus atau dipindah urutannya',
};
