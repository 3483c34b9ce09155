/** Words of the daily exchange rates: the rates list, its import (also Bank Indonesia's download), the missing-rate card. Bahasa Indonesia. */
export const ratesId = {
  columns: {
    date: 'Tanggal', currency: 'Mata Uang', rate: 'Kurs (Rp per 1 unit)', unit: 'Nilai', sell: 'Kurs Jual', buy: 'Kurs Beli', source: 'Sumber',
  },
  instruction:
    'Petunjuk: satu kurs per baris (tanggal, mata uang, rupiah per 1 unit), mulai baris {{row}}. Wajib: {{required}}. Unduhan "Kurs Transaksi BI" juga bisa dibaca langsung: kurs tengah = (jual + beli) ÷ 2 ÷ nilai (JPY dikutip per 100).',
  biSource: 'Kurs Transaksi BI (kurs tengah)',
  invalid: {
    future: 'tanggal {{date}} belum tiba: kurs hanya dicatat untuk hari ini atau sebelumnya',
    implausible: 'kurs {{currency}} Rp {{rate}} per 1 unit tidak wajar (biasanya Rp {{low}}–{{high}}); periksa salah ketik atau kurs per 100 unit (isi kolom Nilai)',
    rupiah: 'rupiah tidak punya kurs ke rupiah',
    noCurrency: 'mata uang wajib diisi (kolom Mata Uang, atau sebut di atas tabel, mis. "Mata Uang : USD")',
    halfQuote: 'isi kurs jual dan kurs beli, atau kolom kurs',
    duplicate: 'kurs {{value}} sudah ada di baris {{row}} berkas ini',
  },
  form: {
    sameDay: 'Kosong = kurs tanggal ini Rp {{rate}} ({{date}})',
    fromDay: 'kurs tercatat tanggal {{date}}',
    earlierDay: 'Kosong = kurs {{date}} Rp {{rate}} dipakai: tanggal pesanan belum punya kurs sendiri',
    none: 'Belum ada kurs {{currency}} dalam {{days}} hari sampai {{date}}: boleh dikosongkan — pesanan tetap disimpan, nilai rupiahnya menunggu kurs',
  },
  card: {
    title: 'Kurs belum ada',
    intro_one: '{{count}} nilai belum diketahui dalam rupiah/USD: tidak ada kurs dalam {{days}} hari sampai tanggalnya.',
    intro_other: '{{count}} nilai belum diketahui dalam rupiah/USD: tidak ada kurs dalam {{days}} hari sampai tanggalnya.',
    order: 'Pesanan {{no}}',
    shipment: 'Pengapalan {{no}}',
    line: '{{currency}} · {{date}}',
    lastBefore: 'kurs terakhir {{date}}',
    noneBefore: 'belum pernah ada kurs',
    more_one: '… dan {{count}} lagi',
    more_other: '… dan {{count}} lagi',
    action: 'Catat kurs',
  },
  dialog: {
    more_one: 'Tampilkan hari sebelumnya ({{count}} hari lagi)',
    more_other: 'Tampilkan hari sebelumnya ({{count}} hari lagi)',
    perDay: 'Kurs per hari',
    intro: 'Nilai memakai kurs tanggalnya sendiri; bila tidak ada, kurs hari sebelumnya paling lama {{days}} hari (mis. akhir pekan memakai kurs Jumat); lebih lama dari itu nilainya belum diketahui.',
  },
};
