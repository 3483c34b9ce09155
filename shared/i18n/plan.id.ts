/** Words of planning: why a line is late, why an order cannot be promised, the plan's summary. */
export const planId = {
  late: {
    'no-unit': 'tidak ada unit usaha aktif yang membuat kategori produk ini',
    'ship-by-passed': 'tanggal kirim sudah lewat',
    'no-time': 'tanggal kirim kurang dari {{days}} hari lagi: tidak cukup waktu untuk QC dan pengemasan',
    'no-capacity': 'kapasitas unit usaha tidak cukup sebelum tanggal kirim',
    'assigned-late': 'SPK yang sudah ditetapkan baru selesai setelah batas produksi (tanggal kirim − {{days}} hari)',
  },
  promise: {
    'unknown-sku': 'produk (SKU) {{sku}} tidak ditemukan',
    'no-unit': 'tidak ada unit usaha aktif yang membuat {{sku}}',
    'beyond-horizon': '{{sku}} tidak dapat selesai dalam {{weeks}} minggu ke depan',
    shipDate: 'Paling cepat dikirim {{date}}',
  },
  assign: {
    unitInactive: 'unit usaha {{unit}} sedang tidak aktif',
    unitDoesNotMake: 'unit usaha {{unit}} tidak membuat kategori {{category}}; tambahkan kategorinya di data unit usaha lebih dulu',
    tooMuch: 'baris pesanan ini tinggal {{remaining}} pcs yang belum ditetapkan ke unit usaha',
    beyondHorizon: 'kapasitas {{unit}} tidak cukup untuk {{qty}} pcs dalam {{weeks}} minggu mulai {{start}}',
    lineNotOpen: 'baris pesanan ini tidak terbuka untuk produksi (status pesanan harus confirmed atau in-production)',
  },
  calendar: { periodOrder: 'tanggal akhir tidak boleh sebelum tanggal mulai' },
  summary: '{{assignments}} SPK, {{late}} baris terlambat, {{purchases}} saran pembelian ({{urgent}} sudah terlambat dipesan)',
  fairness: 'Pemerataan beban {{units}} unit anggota: rata-rata {{mean}} % kapasitas, koefisien variasi {{cv}}',
  workbook: {
    title: 'Rencana Produksi',
    asOf: 'Rencana tanggal {{date}}, dihitung {{runAt}}',
    fileName: 'rencana-produksi-{{date}}.xlsx',
    total: 'Jumlah',
    supplierTotal: 'Jumlah {{supplier}}',
    noSupplier: '(tanpa pemasok)',
    sheet: { assignments: 'Penugasan', late: 'Terlambat', purchases: 'Saran Pembelian' },
    column: {
      index: 'No.', orderNo: 'No. Pesanan', sku: 'SKU', unitCode: 'Kode Unit', unitName: 'Nama Usaha', qty: 'Jumlah (pcs)',
      start: 'Mulai', end: 'Selesai', pinned: 'Dikunci', status: 'Status', shortQty: 'Kurang (pcs)', reason: 'Alasan',
      supplier: 'Pemasok', materialCode: 'Kode Bahan', materialQty: 'Jumlah', uom: 'Satuan', purchaseQty: 'Jumlah Beli',
      purchaseUom: 'Satuan Beli', orderBy: 'Pesan Paling Lambat', needBy: 'Dibutuhkan', late: 'Terlambat Dipesan', currency: 'Mata Uang', cost: 'Biaya',
    },
    assignmentStatus: { planned: 'rencana', issued: 'diterbitkan', 'in-progress': 'dikerjakan', done: 'selesai', cancelled: 'batal' },
    purchaseStatus: { draft: 'draf', ordered: 'dipesan', received: 'diterima', cancelled: 'batal' },
  },
};
