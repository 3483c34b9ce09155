/** Words of the order workflow: ready to ship, SPKs closed with an order, rates still missing. Bahasa Indonesia. */
export const ordersId = {
  ready: {
    notCovered:
      'Pesanan {{orderNo}} belum bisa “Siap kirim”: barang yang lolos QC belum menutup pesanan — {{missing}}. Catat penyerahan barang dari unit usaha, atau manajer dapat memaksa dengan alasan tertulis.',
    shortLine: '{{sku}}: {{accepted}} dari {{ordered}} pcs diterima, kurang {{missing}}',
    reasonTooShort: 'tulis alasan memaksa “Siap kirim” (paling sedikit {{min}} huruf)',
    newOrder: 'pesanan baru tidak bisa langsung “Siap kirim”: barangnya belum diserahkan unit usaha; simpan sebagai Dikonfirmasi atau Diproduksi',
  },
  form: {
    accepted: 'Diterima QC',
    acceptedOf: '{{accepted}} dari {{ordered}}',
    forcedReady: 'Dinyatakan siap kirim oleh manajer sebelum semua barang diterima QC. Alasan: {{reason}}',
    valueIdr: 'Nilai dalam rupiah',
    noRate: 'belum ada kurs',
    noRateHint: 'Kurs {{currency}} pada {{date}} belum dicatat: nilai rupiah pesanan ini belum diketahui sampai kursnya dicatat di “Kurs”.',
    rateMissing: 'Belum ada kurs {{currency}} tercatat: boleh dikosongkan — pesanan tetap disimpan, nilai rupiahnya menunggu kurs',
  },
  readyDialog: {
    title: 'Pesanan {{orderNo}} belum lengkap',
    intro: 'Barang yang sudah diterima QC belum menutup pesanan ini:',
    line: '{{sku}} — diterima {{accepted}} dari {{ordered}} pcs (kurang {{missing}})',
    advice: 'Biasanya: catat dulu penyerahan barang dari unit usaha di Rencana Produksi → SPK. Bila barang memang sudah ada (mis. dibuat di luar SPK), manajer dapat menyatakannya siap kirim dengan alasan tertulis; alasan itu tercatat di riwayat pesanan.',
    reason: 'Alasan manajer',
    reasonHint: 'Paling sedikit {{min}} huruf, mis. “300 pcs dari stok gudang koperasi, sudah diperiksa QC 12/12”',
    back: 'Kembali',
    force: 'Paksa siap kirim',
  },
  closed: {
    title_one: '{{count}} SPK ditutup karena pesanan {{orderNo}} keluar dari produksi:',
    title_other: '{{count}} SPK ditutup karena pesanan {{orderNo}} keluar dari produksi:',
    cancelled: '{{spk}} · {{unit}} · {{sku}} {{qty}} pcs — dibatalkan',
    done: '{{spk}} · {{unit}} · {{sku}} — ditutup: {{delivered}} dari {{qty}} pcs sudah diserahkan, sisanya tidak dibuat',
    spk: 'SPK rencana #{{id}}',
  },
  cancelWork_one: '{{count}} SPK yang masih terbuka ({{qty}} pcs belum disetor) akan ikut ditutup: {{list}}.',
  cancelWork_other: '{{count}} SPK yang masih terbuka ({{qty}} pcs belum disetor) akan ikut ditutup: {{list}}.',
  history: {
    title: 'Riwayat pesanan',
    empty: 'Belum ada riwayat.',
    create: 'Dibuat',
    update: 'Diubah',
    rate: 'Kurs dicatat, nilai rupiah diketahui',
    status: '{{from}} → {{to}}',
    reason: 'Alasan: {{reason}}',
    short: 'Belum diterima QC saat itu: {{missing}}',
    closedWork: '{{count}} SPK ditutup',
  },
};
